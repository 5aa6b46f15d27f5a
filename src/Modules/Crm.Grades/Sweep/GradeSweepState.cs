namespace Crm.Grades.Sweep;

/// <summary>The sweep's row in grade_sweep.</summary>
public sealed class GradeSweepState
{
    public const string Idle = "Idle";
    public const string Batches = "Batches";

    public string Phase { get; set; } = Idle;
    public string? NextUtc { get; set; }
    public string? RequestedUtc { get; set; }
    public string? StartedUtc { get; set; }
    public string? FinishedUtc { get; set; }
    public string AfterId { get; set; } = "";
    public decimal? TenantAverage { get; set; }
    public long Customers { get; set; }
    public long Changes { get; set; }
    public string? Error { get; set; }
}
