using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.WebTracking;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.WebTracking;

/// <summary>A tenant made from the crm recipe with web tracking on and one allowed website, and a visitor's browser on that site.</summary>
public sealed class WebTrackingTestHost : IAsyncDisposable
{
    public const string Website = "https://shop.example.com";
    public const string DesktopChrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    public const string IPhoneSafari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    public const string AndroidSamsung = "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36";

    private WebTrackingTestHost(CrmRecipeHost crm) => Crm = crm;

    public CrmRecipeHost Crm { get; }

    /// <param name="settings">More configuration, e.g. Crm:Redis:ConnectionString.</param>
    public static async Task<WebTrackingTestHost> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new WebTrackingTestHost(await CrmRecipeHost.StartAsync(provider, settings: settings));
        await host.SetAsync(WebTrackingModel.AllowedOriginsSetting, new JsonArray(Website));
        return host;
    }

    public Task SetAsync(string setting, JsonNode? value) => Crm.RunAsync(async s =>
    {
        await s.GetRequiredService<SiteSettings>().SetAsync(setting, value);
        return 0;
    });

    /// <summary>A browser on the allowed website (or at <paramref name="origin"/>), with that User-Agent, talking to this host or to <paramref name="node"/>.</summary>
    public HttpClient Browser(string userAgent = DesktopChrome, string? origin = Website, CrmTestHost? node = null)
    {
        var client = (node ?? Crm.Host).CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        if (origin is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Origin", origin);
        return client;
    }

    /// <summary>What the script's beacon sends: JSON as text/plain.</summary>
    public static StringContent Beacon(object body) => new(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "text/plain");

    public static StringContent Raw(string body, string contentType) => new(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType));

    public static string NewId() => Guid.NewGuid().ToString("D");

    public Task<long> PageViewCountAsync() => Crm.ScalarAsync<long>("SELECT COUNT(*) FROM web_page_views");

    public Task<long> VisitorCountAsync() => Crm.ScalarAsync<long>("SELECT COUNT(*) FROM web_visitors");

    public ValueTask DisposeAsync() => Crm.DisposeAsync();
}
