namespace Crm.Customers.Services;

/// <summary>Why the stage is being moved, for the history row the move writes (per request; empty for edits made without the stage action).</summary>
public sealed class StageMoveReason
{
    public string? Text { get; set; }
}
