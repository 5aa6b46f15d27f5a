using Crm.Core.Settings;
using Crm.Core.Tenants;
using Crm.EmailCampaigns.Services;
using Microsoft.AspNetCore.Http;

namespace Crm.EmailCampaigns.Tracking;

/// <summary>
/// The absolute addresses in campaign mail: the open pixel /e/o/{token}.gif, tracked clicks /e/c/{token}?u=…&amp;s=… (signed,
/// so the redirect cannot be pointed elsewhere) and the unsubscribe page /e/u/{token}?culture=… (plus a signed &amp;test=… in a
/// test send), under the EmailCampaigns BaseUrl
/// setting plus the tenant's prefix (else the current request's address; null when neither is known).
/// </summary>
public sealed class CampaignLinks(SiteSettings settings, TenantCulture culture, TenantScope scope, IHttpContextAccessor http, LinkSigner signer)
{
    public async Task<Site?> SiteAsync(CancellationToken cancellationToken)
    {
        var configured = EmailCampaignSettings.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(EmailCampaignSettings.SettingName)).BaseUrl;
        var prefix = scope.Tenant.Record.UrlPrefix is { Length: > 0 } p ? "/" + p.Trim('/') : "";
        var root = configured is not null ? configured.TrimEnd('/') + prefix
            : http.HttpContext?.Request is { Host.HasValue: true } request ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : null;
        return root is null ? null : new Site(root, await signer.KeyAsync(cancellationToken), (await culture.GetAsync(cancellationToken)).Name);
    }

    /// <summary>
    /// The links of one site (and its signing key); the unsubscribe page opens in the tenant's language. The site of a test
    /// send signs its unsubscribe links as a test's: the page says so and unsubscribes nobody.
    /// </summary>
    public sealed class Site(string root, byte[] key, string culture, bool test = false)
    {
        /// <summary>What a test send's unsubscribe link signs (with its token) in its <c>test</c> parameter.</summary>
        public const string TestMark = "unsubscribe-test";

        public string Root { get; } = root;

        public Site ForTest() => new(Root, key, culture, test: true);

        public string Open(string token) => $"{Root}/e/o/{token}.gif";

        public string Click(string token, string url) => $"{Root}/e/c/{token}?u={Uri.EscapeDataString(url)}&s={LinkSigner.Sign(key, token, url)}";

        public string Unsubscribe(string token) =>
            $"{Root}/e/u/{token}?culture={Uri.EscapeDataString(culture)}" + (test ? $"&test={LinkSigner.Sign(key, token, TestMark)}" : "");
    }
}
