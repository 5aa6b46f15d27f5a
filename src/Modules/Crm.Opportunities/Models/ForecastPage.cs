namespace Crm.Opportunities.Models;

/// <param name="Months">The first day of each month shown, in order.</param>
/// <param name="OwnOnly">The user sees only their own opportunities.</param>
public sealed record ForecastPage(IReadOnlyList<DateOnly> Months, IReadOnlyList<ForecastTable> Tables, bool OwnOnly)
{
    public static readonly IReadOnlyList<int> MonthChoices = [3, 6, 12];
}
