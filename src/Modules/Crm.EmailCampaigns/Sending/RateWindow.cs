namespace Crm.EmailCampaigns.Sending;

/// <summary>
/// The rate limit as slots: a campaign of N per minute has a slot every 60/N seconds from its next free slot. A run at
/// <c>now</c> may fill the slots up to now, at most a minute's worth (the sender also caps the mail of the last minute).
/// </summary>
public static class RateWindow
{
    /// <summary>The scheduler comes back no sooner than this; the slots that passed meanwhile are sent together.</summary>
    public static readonly TimeSpan MinimumTick = TimeSpan.FromSeconds(5);

    /// <param name="batch">The most mails handed over at once.</param>
    /// <returns>How many mails may go now, and when the slot after them begins.</returns>
    public static (int Allowed, DateTimeOffset NextSlot) At(DateTimeOffset nextSlot, DateTimeOffset now, int perMinute, int batch)
    {
        var interval = TimeSpan.FromMinutes(1) / perMinute;
        if (nextSlot > now) return (0, nextSlot);
        var allowed = (int)Math.Min(Math.Min(perMinute, batch), Math.Floor((now - Start(nextSlot, now)) / interval) + 1);
        return (allowed, After(nextSlot, now, perMinute, allowed));
    }

    /// <summary>The slot after <paramref name="used"/> slots are used from the window's start.</summary>
    public static DateTimeOffset After(DateTimeOffset nextSlot, DateTimeOffset now, int perMinute, int used) =>
        Start(nextSlot, now) + TimeSpan.FromMinutes(1) / perMinute * used;

    private static DateTimeOffset Start(DateTimeOffset nextSlot, DateTimeOffset now) =>
        nextSlot < now - TimeSpan.FromMinutes(1) ? now - TimeSpan.FromMinutes(1) : nextSlot;
}
