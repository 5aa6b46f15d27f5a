using Crm.Core.Content.Bulk;

namespace Crm.Campaigns.Models;

/// <param name="Errors">What is wrong, by row and column; when there are any, nothing was stored.</param>
/// <param name="Lines">Cost lines stored (0 when there were errors).</param>
/// <param name="Months">The months whose keyword costs the file replaced, first day each.</param>
public sealed record KeywordImportResult(IReadOnlyList<ImportError> Errors, int Lines, IReadOnlyList<DateOnly> Months)
{
    public bool Succeeded => Errors.Count == 0;
}
