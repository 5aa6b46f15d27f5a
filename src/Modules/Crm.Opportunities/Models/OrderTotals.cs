namespace Crm.Opportunities.Models;

/// <summary>A customer's orders that count (live, not cancelled): how many, the earliest and latest order dates, and their sum in one currency.</summary>
public sealed record OrderTotals(int Orders, DateOnly? FirstOrderDate, DateOnly? LastOrderDate, decimal Revenue);
