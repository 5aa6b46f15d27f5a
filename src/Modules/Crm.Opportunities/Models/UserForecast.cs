namespace Crm.Opportunities.Models;

/// <param name="Months">The first day of each month covered, in order.</param>
/// <param name="OwnOnly">Only the user's own opportunities (they may not see the others).</param>
public sealed record UserForecast(IReadOnlyList<DateOnly> Months, IReadOnlyList<ForecastRow> Rows, bool OwnOnly);
