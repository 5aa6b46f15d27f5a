namespace Crm.Dashboard.Kpis;

/// <summary>Revenue recognised in one month in one currency.</summary>
/// <param name="Month">The first day of the month.</param>
public sealed record MonthRevenue(DateOnly Month, string Currency, decimal Amount);
