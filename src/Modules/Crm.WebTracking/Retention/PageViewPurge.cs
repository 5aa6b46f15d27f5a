using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Core.Scheduling;
using Crm.Core.Settings;
using Crm.WebTracking.Settings;

namespace Crm.WebTracking.Retention;

/// <summary>
/// Once a day, removes the page views older than the tenant's retention period, and the visitors last seen before it
/// who never became customers (a linked visitor keeps its row: the lead's first touch). In batches, so a first purge of
/// a long history does not hold one huge transaction; what is left is taken at once in the next run.
/// </summary>
public sealed class PageViewPurge(TenantDb db, FeatureManager features, SiteSettings siteSettings) : IDueWorkProcessor
{
    public const int BatchSize = 5000;
    private const int BatchesPerRun = 20;
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public async Task<DateTimeOffset?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync(WebTrackingModel.FeatureId, cancellationToken)) return null;
        var settings = await TrackingSettings.ReadAsync(siteSettings, cancellationToken);
        var before = DateTimeFieldKind.Canonical(now - TimeSpan.FromDays(settings.RetentionDays));
        for (var batch = 0; batch < BatchesPerRun; batch++)
        {
            var views = await db.ExecuteAsync(
                "DELETE FROM web_page_views WHERE id IN (SELECT id FROM web_page_views WHERE viewed_utc < @before ORDER BY viewed_utc LIMIT @limit)",
                new { before, limit = BatchSize }, cancellationToken);
            var visitors = await db.ExecuteAsync(
                "DELETE FROM web_visitors WHERE visitor_id IN (SELECT visitor_id FROM web_visitors WHERE last_seen_utc < @before AND customer_id IS NULL " +
                "ORDER BY last_seen_utc LIMIT @limit)",
                new { before, limit = BatchSize }, cancellationToken);
            if (views < BatchSize && visitors < BatchSize) return now + Interval;
        }
        return now; // more to remove: run again at once
    }
}
