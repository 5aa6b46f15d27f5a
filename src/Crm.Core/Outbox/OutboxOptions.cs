namespace Crm.Core.Outbox;

/// <summary>Outbox delivery settings (section "Crm:Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Crm:Outbox";

    /// <summary>Wait after the first failed attempt; each further failure doubles it.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before a message is given up as Failed.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Messages claimed at once by one node in one tenant.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claim lasts; a crashed node's messages are delivered by another after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When a message's kind has no handler (its feature is disabled or its module gone), when to look again.</summary>
    public TimeSpan UnhandledRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait after <paramref name="failedAttempts"/> failed attempts: base × 2^(n-1), at most the cap.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var doublings = Math.Clamp(failedAttempts - 1, 0, 30);
        var delay = RetryBaseDelay * Math.Pow(2, doublings);
        return delay < RetryMaxDelay ? delay : RetryMaxDelay;
    }
}
