namespace Crm.Core.Scheduling;

/// <summary>Background work settings (section "Crm:Scheduling").</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Crm:Scheduling";

    /// <summary>Whether this node runs the scheduler loop (tests drive <see cref="DueWorkScheduler.RunOnceAsync"/> themselves).</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>How often a node looks for due tenants.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a node's claim on a tenant lasts; a crashed node's tenants are taken over after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Tenants claimed per poll.</summary>
    public int TenantsPerPoll { get; set; } = 20;

    /// <summary>When a tenant's work failed, when it is tried again.</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromSeconds(30);
}
