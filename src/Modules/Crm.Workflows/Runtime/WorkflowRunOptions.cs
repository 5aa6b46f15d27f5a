namespace Crm.Workflows.Runtime;

/// <summary>Engine settings (configuration "Crm:Workflows").</summary>
public sealed class WorkflowRunOptions
{
    public const string Section = "Crm:Workflows";

    /// <summary>Activities one instance runs before it yields to others (a loop cannot hold a node).</summary>
    public int MaxStepsPerRun { get; set; } = 500;

    /// <summary>Bookmarks claimed per batch, and how long a claim lasts before another node may take it over.</summary>
    public int BatchSize { get; set; } = 200;

    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long finished and cancelled instances (and their history) are kept; faulted ones stay until handled.</summary>
    public TimeSpan KeepFinishedFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long one tenant's turn of the scheduler may run before it lets other tenants go first.</summary>
    public TimeSpan TurnBudget { get; set; } = TimeSpan.FromSeconds(5);
}
