namespace Crm.Bench.Common;

/// <summary>What the figures were measured on, and how busy it was: benches print it with their results.</summary>
public static class BenchMachine
{
    public static string Description => $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}";

    /// <summary>The 1, 5 and 15 minute load averages (Linux), or "n/a".</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
