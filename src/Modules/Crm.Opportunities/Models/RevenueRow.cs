namespace Crm.Opportunities.Models;

/// <param name="Month">The first day of the month the revenue belongs to.</param>
public sealed record RevenueRow(DateOnly Month, Money Amount);
