namespace Crm.SalesActivities.Models;

/// <summary>What the quick-log form posts: the customer, the kind, and what happened.</summary>
public sealed class QuickLogForm
{
    public string CustomerId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Subject { get; set; }
    public string? Outcome { get; set; }
    public string? Notes { get; set; }
}
