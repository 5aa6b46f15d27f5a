namespace Crm.Campaigns.Models;

/// <summary>Revenue attributed to a campaign: what one customer brought in one month from the orders of one order date, in one currency.</summary>
/// <param name="Month">The month the revenue is recognised in (the Revenue rows of Crm.Opportunities), its first day.</param>
/// <param name="WindowStart">The day the attribution window started, in the tenant's time zone: the day the campaign sourced
/// the customer (the customer's creation day), or the day the customer responded to it.</param>
/// <param name="Keyword">The customer's source keyword, for revenue attributed through the source campaign only.</param>
public sealed record AttributedRow(string Customer, string Campaign, string? Keyword, DateOnly WindowStart, DateOnly OrderDate, DateOnly Month, string Currency, decimal Amount);
