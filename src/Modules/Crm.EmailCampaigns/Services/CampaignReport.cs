using Crm.Core.Data;
using Crm.EmailCampaigns.Models;
using Crm.EmailCampaigns.Sending;

namespace Crm.EmailCampaigns.Services;

/// <summary>A campaign's results (one aggregate query over its recipient rows) and its recipient list, filtered and paged.</summary>
public sealed class CampaignReport(TenantDb db)
{
    public async Task<CampaignResults> ResultsAsync(string campaignId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<CampaignResults>(
            """
            SELECT COUNT(*) AS Audience,
                   COALESCE(SUM(CASE WHEN status = 'Pending' THEN 1 ELSE 0 END), 0) AS Pending,
                   COALESCE(SUM(CASE WHEN status = 'Queued' THEN 1 ELSE 0 END), 0) AS Queued,
                   COALESCE(SUM(CASE WHEN status = 'Sent' THEN 1 ELSE 0 END), 0) AS Sent,
                   COALESCE(SUM(CASE WHEN status = 'Failed' THEN 1 ELSE 0 END), 0) AS Failed,
                   COALESCE(SUM(CASE WHEN status = 'Skipped' THEN 1 ELSE 0 END), 0) AS Skipped,
                   COUNT(opened_utc) AS Opened, COUNT(clicked_utc) AS Clicked, COUNT(unsubscribed_utc) AS Unsubscribed
            FROM email_campaign_recipients WHERE campaign_id = @campaignId
            """, new { campaignId }, cancellationToken) ?? new CampaignResults();

    /// <returns>The page of recipients (one more than a page when another page follows).</returns>
    public Task<IReadOnlyList<Recipient>> RecipientsAsync(string campaignId, RecipientFilter filter, CancellationToken cancellationToken)
    {
        var where = "campaign_id = @campaignId";
        if (filter.Status is { } status && RecipientStatus.All.Contains(status)) where += " AND status = @status";
        where += filter.Engagement switch
        {
            "opened" => " AND opened_utc IS NOT NULL",
            "clicked" => " AND clicked_utc IS NOT NULL",
            "unsubscribed" => " AND unsubscribed_utc IS NOT NULL",
            _ => "",
        };
        var search = string.IsNullOrWhiteSpace(filter.Search) ? null : "%" + SqlLike.Escape(filter.Search.Trim().ToLowerInvariant()) + "%";
        if (search is not null) where += " AND (LOWER(email) LIKE @search ESCAPE '\\' OR LOWER(name) LIKE @search ESCAPE '\\')";
        return db.QueryAsync<Recipient>(
            $"SELECT {RecipientStore.Columns} FROM email_campaign_recipients WHERE {where} ORDER BY position {db.Dialect.Paging("limit", "offset")}",
            new { campaignId, status = filter.Status, search, limit = RecipientFilter.PageSize + 1, offset = Math.Max(0, filter.Page - 1) * RecipientFilter.PageSize },
            cancellationToken);
    }
}
