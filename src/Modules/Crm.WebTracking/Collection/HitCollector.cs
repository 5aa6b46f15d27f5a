using Crm.Core.Content.Fields;
using Crm.Core.Settings;
using Crm.Core.Tenants;
using Crm.WebTracking.Settings;
using Crm.WebTracking.Storage;
using Microsoft.Extensions.Logging;

namespace Crm.WebTracking.Collection;

/// <summary>
/// Turns a hit into a stored page view (or a view's dwell time), after the checks that keep junk out, cheapest first:
/// shape, bots by the quick word check, ids, page address and its origin, rate limits, bots by uap-core's rules, dwell
/// bounds. Never throws: a database that is down loses the hit, not the visitor's page.
/// </summary>
public sealed class HitCollector(TenantScope scope, SiteSettings siteSettings, PageViewStore store, IHitRateLimiter limiter, GeoIpRegions regions,
    UserAgentParser userAgents, TimeProvider clock, ILogger<HitCollector> logger)
{
    public async Task<HitOutcome> CollectAsync(RawHit hit, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await CheckedCollectAsync(hit, cancellationToken);
            if (outcome is not (HitOutcome.Stored or HitOutcome.DwellRecorded)) logger.LogDebug("Web tracking hit dropped: {Outcome}", outcome);
            return outcome;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "A web tracking hit could not be stored");
            return HitOutcome.Failed;
        }
    }

    private async Task<HitOutcome> CheckedCollectAsync(RawHit hit, CancellationToken cancellationToken)
    {
        if (hit.Kind is not (RawHit.View or RawHit.Dwell)) return HitOutcome.Malformed;
        if (BotUserAgents.IsBot(hit.UserAgent)) return HitOutcome.Bot;
        if (!HitLimits.IsId(hit.VisitorId) || !HitLimits.IsId(hit.ViewId)) return HitOutcome.BadVisitorId;
        if (PageAddress.Parse(hit.Url) is not { } page) return HitOutcome.BadUrl;

        var settings = await TrackingSettings.ReadAsync(siteSettings, cancellationToken);
        // The page must be on a listed website, and so must the script's caller when the browser says who that is.
        if (!settings.Allows(page.Origin)) return HitOutcome.OriginNotAllowed;
        if (!string.IsNullOrEmpty(hit.Origin) && (WebOrigins.Normalize(hit.Origin) is not { } origin || !settings.Allows(origin))) return HitOutcome.OriginNotAllowed;

        var tenant = scope.Tenant.Name;
        if (hit.Ip is not null && !await limiter.TryHitAsync(new RateKey(tenant, "ip", hit.Ip.ToString()), HitLimits.HitsPerIpPerMinute)) return HitOutcome.RateLimited;
        // uap-core's rules know crawlers that the quick word check above does not; asked only after the rate limits.
        if (userAgents.Parse(hit.UserAgent!).IsBot) return HitOutcome.Bot;
        return hit.Kind == RawHit.Dwell
            ? await DwellAsync(hit, cancellationToken)
            : await ViewAsync(hit, page, settings, tenant, cancellationToken);
    }

    private async Task<HitOutcome> ViewAsync(RawHit hit, PageAddress page, TrackingSettings settings, string tenant, CancellationToken cancellationToken)
    {
        Uri? referrer = null;
        if (!string.IsNullOrEmpty(hit.Referrer))
        {
            if (hit.Referrer.Length > HitLimits.MaxUrlLength) return HitOutcome.BadUrl;
            // A referrer that is not an http(s) address (android-app://, about:blank) is as good as none.
            if (Uri.TryCreate(hit.Referrer, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && parsed.Host.Length <= HitLimits.MaxHostLength) referrer = parsed;
        }
        if (!await limiter.TryHitAsync(new RateKey(tenant, "visitor", hit.VisitorId!), HitLimits.ViewsPerVisitorPerMinute)) return HitOutcome.RateLimited;

        var external = referrer is not null && !string.Equals(referrer.Host, page.Host, StringComparison.OrdinalIgnoreCase) ? referrer : null;
        var referrerHost = external?.Host.ToLowerInvariant();
        var browser = userAgents.Parse(hit.UserAgent!);
        var view = new PageView
        {
            ViewId = hit.ViewId!,
            VisitorId = hit.VisitorId!,
            ViewedUtc = DateTimeFieldKind.Canonical(clock.GetUtcNow()),
            Url = page.Url,
            Path = page.Path,
            Host = page.Host,
            Referrer = referrer is null ? null : PageAddress.Cut(referrer.GetLeftPart(UriPartial.Path), HitLimits.StoredUrlLength),
            ReferrerHost = referrerHost is null ? null : PageAddress.Cut(referrerHost, HitLimits.MaxHostLength),
            SearchEngine = referrerHost is null ? null : SearchKeywords.EngineOf(referrerHost),
            Keyword = external is null ? null : SearchKeywords.KeywordOf(external),
            UtmSource = page.Utm.Source,
            UtmMedium = page.Utm.Medium,
            UtmCampaign = page.Utm.Campaign,
            UtmTerm = page.Utm.Term,
            UtmContent = page.Utm.Content,
            Device = browser.Device,
            Os = browser.Os,
            Browser = browser.Browser,
            Region = regions.RegionOf(settings.GeoIpDatabase, hit.Ip),
            Ip = IpAnonymizer.Stored(hit.Ip, settings.AnonymizeIp),
        };
        return await store.AddAsync(view, cancellationToken) ? HitOutcome.Stored : HitOutcome.Duplicate;
    }

    private async Task<HitOutcome> DwellAsync(RawHit hit, CancellationToken cancellationToken)
    {
        if (hit.DwellSeconds is not { } seconds || seconds is <= 0 or > HitLimits.MaxDwellSeconds) return HitOutcome.BadDwell;
        var now = clock.GetUtcNow();
        // A little slack for clocks and the time the first beacon took to arrive.
        var startedAtOrBefore = DateTimeFieldKind.Canonical(now - TimeSpan.FromSeconds(seconds) + TimeSpan.FromSeconds(30));
        var startedAfter = DateTimeFieldKind.Canonical(now - HitLimits.DwellWindow);
        return await store.SetDwellAsync(hit.ViewId!, hit.VisitorId!, (int)seconds, startedAtOrBefore, startedAfter, cancellationToken)
            ? HitOutcome.DwellRecorded
            : HitOutcome.BadDwell;
    }
}
