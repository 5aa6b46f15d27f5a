namespace Crm.Bench.Dashboard;

/// <summary>
/// ULIDs as the engine makes them (the creation time's milliseconds, then 80 bits that differ per item), but the same on
/// every run: the 80 bits come from the item's key instead of a random source.
/// </summary>
public static class SeedIds
{
    public static string For(long createdTicks, ulong key)
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = (createdTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
        for (var i = 0; i < 6; i++) bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        var a = Mix(key);
        var b = Mix(a);
        for (var i = 0; i < 8; i++) bytes[6 + i] = (byte)(a >> (8 * i));
        bytes[14] = (byte)b;
        bytes[15] = (byte)(b >> 8);
        return new Ulid(bytes).ToString();
    }

    /// <summary>SplitMix64's finaliser: neighbouring keys give unrelated bits.</summary>
    public static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EB;
        return value ^ (value >> 31);
    }
}
