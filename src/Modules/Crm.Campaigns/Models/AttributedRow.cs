namespace Crm.Campaigns.Models;

/// <summary>Revenue a sourced customer brought in one month from the orders of one order date, in one currency.</summary>
/// <param name="Month">The month the revenue is recognised in (the Revenue rows of Crm.Opportunities), its first day.</param>
/// <param name="CreatedDay">The day the customer was created, in the tenant's time zone: the attribution window starts there.</param>
public sealed record AttributedRow(string Customer, string Campaign, string? Keyword, DateOnly CreatedDay, DateOnly OrderDate, DateOnly Month, string Currency, decimal Amount);
