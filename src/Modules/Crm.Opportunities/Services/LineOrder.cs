using Crm.Core.Content.Store;

namespace Crm.Opportunities.Services;

/// <summary>
/// The order lines are shown, copied and printed in: by line number, then the unnumbered ones oldest first. Sorted here
/// rather than in SQL, because the two databases disagree on where empty values sort (and a parent has a handful of lines).
/// </summary>
public static class LineOrder
{
    public static IReadOnlyList<ContentItem> Sort(IEnumerable<ContentItem> lines) =>
        lines.OrderBy(l => ItemValues.Number(l, OpportunityModel.LineNo) ?? decimal.MaxValue)
            .ThenBy(l => l.CreatedUtc)
            .ThenBy(l => l.Id, StringComparer.Ordinal)
            .ToList();
}
