namespace Crm.Opportunities.Models;

/// <param name="Owner">The owner's name (their id when the user is gone; null for opportunities without an owner).</param>
/// <param name="Cells">One per month of the page, in order.</param>
public sealed record ForecastOwnerRow(string? Owner, IReadOnlyList<ForecastCell> Cells);
