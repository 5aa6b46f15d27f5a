using System.Text.Json.Nodes;
using Crm.Campaigns.Models;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;

namespace Crm.Campaigns.Services;

/// <summary>
/// Imports a keyword-ad campaign's costs from the ad platform's CSV (<see cref="KeywordCostCsv"/>): all or nothing — one bad
/// row stores nothing — and a month in the file replaces that month's keyword cost lines of the campaign (its other cost
/// lines stay), so importing a corrected report again does not count it twice.
/// </summary>
public sealed class KeywordCostImport(ContentQuery query, ContentManager content, TenantDb db)
{
    public async Task<KeywordImportResult> ImportAsync(ContentItem campaign, TextReader csv, CancellationToken cancellationToken)
    {
        var (lines, errors) = await KeywordCostCsv.ReadAsync(csv, cancellationToken);
        if (errors.Count > 0) return new KeywordImportResult(errors, 0, []);
        var months = lines.Select(l => l.Month).Distinct().Order().ToList();

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        foreach (var month in months)
        {
            foreach (var old in await KeywordLinesAsync(campaign.Id, month, cancellationToken)) await content.DeleteAsync(old.Id, old.Version, cancellationToken);
        }
        foreach (var line in lines)
        {
            try
            {
                await content.CreateAsync(CampaignModel.CampaignCost, new JsonObject
                {
                    [CampaignModel.CostCampaign] = campaign.Id,
                    [CampaignModel.Month] = KeywordCostCsv.MonthText(line.Month),
                    [CampaignModel.Amount] = line.Cost,
                    [CampaignModel.Keyword] = line.Keyword,
                    [CampaignModel.Clicks] = line.Clicks,
                    [CampaignModel.Impressions] = line.Impressions,
                }, owner: campaign.Owner, cancellationToken: cancellationToken);
            }
            catch (ContentValidationException invalid)
            {
                // The cost line type was changed by an admin (a new required field, a smaller maximum): the row says what it needs.
                return new KeywordImportResult(invalid.Errors.Select(e => new ImportError(line.Row, e.Field, e.Problem)).ToList(), 0, []);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return new KeywordImportResult([], lines.Count, months);
    }

    private async Task<IReadOnlyList<ContentItem>> KeywordLinesAsync(string campaignId, DateOnly month, CancellationToken cancellationToken)
    {
        var lines = new List<ContentItem>();
        string? after = null;
        do
        {
            var page = await query.QueryAsync(new ContentQueryRequest
            {
                ContentType = CampaignModel.CampaignCost,
                Filter = CampaignFilters.All(CampaignFilters.Is(CampaignModel.CostCampaign, FilterOperator.Eq, campaignId),
                    CampaignFilters.Is(CampaignModel.Month, FilterOperator.Eq, KeywordCostCsv.MonthText(month)), CampaignFilters.Set(CampaignModel.Keyword)),
                OrderBy = ["Id"], First = ContentQueryRequest.MaxPageSize, After = after, Count = CountMode.None,
            }, cancellationToken);
            lines.AddRange(page.Items);
            after = page.HasMore ? page.NextCursor : null;
        }
        while (after is not null);
        return lines;
    }
}
