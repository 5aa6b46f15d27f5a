using Crm.Core.Data;

namespace Crm.WebTracking.Storage;

/// <summary>The tenant's page views and visitors (tables web_page_views and web_visitors).</summary>
public sealed class PageViewStore(TenantDb db)
{
    private const string ViewColumns =
        "view_id, visitor_id, viewed_utc, url, path, host, referrer, referrer_host, search_engine, keyword, utm_source, utm_medium, utm_campaign, " +
        "utm_term, utm_content, device, os, browser, region, ip, dwell_seconds";

    /// <summary>
    /// Stores a page view and keeps its visitor (first touch on the first view, last seen on every one), in one transaction.
    /// A view id already stored (a beacon sent twice) changes nothing. Returns whether the view was new.
    /// </summary>
    public async Task<bool> AddAsync(PageView view, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var added = await db.ExecuteAsync(
            $"INSERT INTO web_page_views ({ViewColumns}) VALUES (@ViewId, @VisitorId, @ViewedUtc, @Url, @Path, @Host, @Referrer, @ReferrerHost, @SearchEngine, " +
            "@Keyword, @UtmSource, @UtmMedium, @UtmCampaign, @UtmTerm, @UtmContent, @Device, @Os, @Browser, @Region, @Ip, @DwellSeconds) " +
            "ON CONFLICT (view_id) DO NOTHING", view, cancellationToken) == 1;
        if (added)
        {
            await db.ExecuteAsync(
                "INSERT INTO web_visitors (visitor_id, first_seen_utc, last_seen_utc, first_url, first_source, first_referrer_host, first_keyword, " +
                "first_utm_source, first_utm_medium, first_utm_campaign, first_utm_term) " +
                "VALUES (@VisitorId, @ViewedUtc, @ViewedUtc, @Url, @Source, @ReferrerHost, @Keyword, @UtmSource, @UtmMedium, @UtmCampaign, @UtmTerm) " +
                "ON CONFLICT (visitor_id) DO UPDATE SET last_seen_utc = excluded.last_seen_utc WHERE web_visitors.last_seen_utc < excluded.last_seen_utc",
                new
                {
                    view.VisitorId, view.ViewedUtc, view.Url, view.Source, view.ReferrerHost, view.Keyword, view.UtmSource, view.UtmMedium, view.UtmCampaign,
                    view.UtmTerm,
                }, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// Records how long a page was looked at: only for a view of this visitor that started at least that long ago (a
    /// beacon cannot claim more time than has passed) within the dwell window, and only upwards (the script sends its
    /// running total each time the page is hidden). Returns whether a view changed.
    /// </summary>
    public async Task<bool> SetDwellAsync(string viewId, string visitorId, int seconds, string startedAtOrBefore, string startedAfter, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            "UPDATE web_page_views SET dwell_seconds = @seconds WHERE view_id = @viewId AND visitor_id = @visitorId " +
            "AND viewed_utc <= @startedAtOrBefore AND viewed_utc > @startedAfter AND (dwell_seconds IS NULL OR dwell_seconds < @seconds)",
            new { viewId, visitorId, seconds, startedAtOrBefore, startedAfter }, cancellationToken) == 1;

    /// <summary>A visitor's page views, newest first.</summary>
    public Task<IReadOnlyList<PageView>> OfVisitorsAsync(IReadOnlyList<string> visitorIds, int limit, CancellationToken cancellationToken) =>
        visitorIds.Count == 0
            ? Task.FromResult<IReadOnlyList<PageView>>([])
            : db.QueryAsync<PageView>(
                $"SELECT {ViewColumns} FROM web_page_views WHERE {db.Dialect.InList("visitor_id", "visitorIds")} ORDER BY viewed_utc DESC, id DESC {db.Dialect.Paging("limit", "offset")}",
                new { visitorIds = visitorIds.ToArray(), limit, offset = 0 }, cancellationToken);

    public Task<Visitor?> VisitorAsync(string visitorId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<Visitor>($"SELECT {Visitor.Columns} FROM web_visitors WHERE visitor_id = @visitorId", new { visitorId }, cancellationToken);

    public Task<IReadOnlyList<Visitor>> VisitorsOfCustomerAsync(string customerId, CancellationToken cancellationToken) =>
        db.QueryAsync<Visitor>($"SELECT {Visitor.Columns} FROM web_visitors WHERE customer_id = @customerId ORDER BY first_seen_utc", new { customerId }, cancellationToken);

    /// <summary>Links a visitor to the customer it became (a visitor who never sent a page view gets a row of its own).</summary>
    public async Task LinkAsync(string visitorId, string customerId, string nowUtc, CancellationToken cancellationToken)
    {
        var linked = await db.ExecuteAsync(
            "UPDATE web_visitors SET customer_id = @customerId, converted_utc = @nowUtc WHERE visitor_id = @visitorId",
            new { visitorId, customerId, nowUtc }, cancellationToken);
        if (linked == 0)
        {
            await db.ExecuteAsync(
                "INSERT INTO web_visitors (visitor_id, first_seen_utc, last_seen_utc, first_url, first_source, customer_id, converted_utc) " +
                "VALUES (@visitorId, @nowUtc, @nowUtc, '', @direct, @customerId, @nowUtc) ON CONFLICT (visitor_id) DO NOTHING",
                new { visitorId, customerId, nowUtc, direct = PageView.DirectSource }, cancellationToken);
        }
    }
}
