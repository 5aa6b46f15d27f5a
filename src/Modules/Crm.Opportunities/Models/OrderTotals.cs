namespace Crm.Opportunities.Models;

/// <summary>A customer's orders that count (live, not cancelled): how many, the latest order date, and their sum in one currency.</summary>
public sealed record OrderTotals(int Orders, DateOnly? LastOrderDate, decimal Revenue);
