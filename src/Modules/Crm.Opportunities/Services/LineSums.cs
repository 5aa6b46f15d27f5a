using Crm.Core.Content.Queries;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>Adds up the line totals of one opportunity or quote (a handful of lines, read through the indexed relation).</summary>
public sealed class LineSums(ContentQuery query)
{
    /// <param name="exceptLineId">A line to leave out (the one being saved, when checking it against its siblings).</param>
    public async Task<LineSum> OfAsync(LineRollup rollup, string parentId, string? exceptLineId, CancellationToken cancellationToken)
    {
        var filter = $"{rollup.ParentField}:eq:{parentId}{(exceptLineId is null ? "" : $",Id:ne:{exceptLineId}")}";
        var lines = 0;
        var byCurrency = new Dictionary<string, decimal>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = await query.QueryAsync(new ContentQueryRequest
            {
                ContentType = rollup.LineType, Filter = FilterText.Parse(filter), OrderBy = ["Id"], First = ContentQueryRequest.MaxPageSize, After = after, Count = CountMode.None,
            }, cancellationToken);
            foreach (var line in page.Items)
            {
                lines++;
                if (ItemValues.Money(line, OpportunityModel.LineTotal) is { } total) byCurrency[total.Currency] = byCurrency.GetValueOrDefault(total.Currency) + total.Amount;
            }
            after = page.NextCursor;
        }
        while (after is not null);
        return new LineSum(lines, byCurrency);
    }
}
