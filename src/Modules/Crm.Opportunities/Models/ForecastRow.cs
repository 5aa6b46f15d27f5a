namespace Crm.Opportunities.Models;

/// <summary>One owner's open opportunities expected to close in one month, in one currency.</summary>
/// <param name="Month">The first day of the expected close month.</param>
/// <param name="OwnerId">Null for opportunities without an owner.</param>
/// <param name="Amount">The sum of their amounts.</param>
/// <param name="Weighted">The sum of amount × stage probability, rounded to the currency's unit once, at the end.</param>
public sealed record ForecastRow(DateOnly Month, string? OwnerId, string? OwnerName, string Currency, int Opportunities, decimal Amount, decimal Weighted);
