namespace Crm.Retention.Programs;

/// <param name="QuietDays">For a program that wakes customers who have not bought for N days: N, read from its sweep's filter
/// (<c>LastPurchaseAt:lt:now-90d</c>); null when the workflow has no such sweep.</param>
public sealed record ProgramWorkflow(string Id, string Name, string Title, bool Published, bool Enabled, int? QuietDays);
