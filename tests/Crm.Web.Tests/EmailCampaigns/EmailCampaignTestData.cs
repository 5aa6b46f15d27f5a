using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Email.Models;
using Crm.Email.Services;
using Crm.EmailCampaigns.Sending;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.EmailCampaigns;

/// <summary>A crm tenant ready for campaigns (the site address set, a saved query of customers), and shortcuts to its campaigns, recipients and mail.</summary>
internal static partial class EmailCampaignTestData
{
    public const string BaseUrl = "https://crm.example.com";

    /// <summary>Every customer at the Customer stage — opted-out ones included, so the skipping is the sender's.</summary>
    public const string Audience = "StageCustomers";

    public static async Task<CrmRecipeHost> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        var crm = await CrmRecipeHost.StartAsync(provider, settings: settings);
        await crm.SetBaseUrlAsync(BaseUrl);
        await crm.RunAsync(async s =>
        {
            await s.GetRequiredService<SavedQueries>().SaveAsync(new SavedQuery(Audience, "Customer", JsonNode.Parse("""{ "Stage": "Customer" }"""), ["DisplayText"]));
            return true;
        });
        return crm;
    }

    /// <summary>Sets the EmailCampaigns setting's BaseUrl, or leaves it out (null): scheduling then needs one.</summary>
    public static Task SetBaseUrlAsync(this CrmRecipeHost crm, string? baseUrl) =>
        crm.RunAsync(async s =>
        {
            await s.GetRequiredService<SiteSettings>().SetAsync("EmailCampaigns", baseUrl is null ? new JsonObject() : new JsonObject { ["BaseUrl"] = baseUrl });
            return true;
        });

    public static async Task<ContentItem> CustomerAsync(this CrmRecipeHost crm, string name, string? email, bool optedOut = false, string stage = "Customer")
    {
        var values = new JsonObject { ["Name"] = name, ["Stage"] = stage };
        if (email is not null) values["Email"] = email;
        if (optedOut) values["EmailOptOut"] = true;
        var created = await crm.CreateAsync("Customer", values.ToJsonString());
        crm.Clock.Advance(TimeSpan.FromMilliseconds(10)); // customers made one after another, as in life: the audience's order is theirs
        return created;
    }

    public static Task<ContentItem> CampaignAsync(this CrmRecipeHost crm, int ratePerMinute = 60, string? body = null, string name = "November news") =>
        crm.CreateAsync("EmailCampaign", new JsonObject
        {
            ["Name"] = name,
            ["Subject"] = "{{ customer.Name }}님, 11월 소식입니다",
            ["Body"] = body ?? "{{ customer.Name }}님, 안녕하세요.\n\n[11월 혜택 보기](https://shop.example.com/sale?month=11&src=mail)\n\n감사합니다.",
            ["Audience"] = Audience,
            ["RatePerMinute"] = ratePerMinute,
        }.ToJsonString());

    public static Task<ContentItem> ScheduleAsync(this CrmRecipeHost crm, ContentItem campaign, DateTimeOffset at) =>
        crm.UpdateAsync(campaign, new JsonObject { ["Status"] = "Scheduled", ["ScheduledAt"] = at.ToString("yyyy-MM-ddTHH:mm:ssZ") }.ToJsonString());

    public static Task<IReadOnlyList<Recipient>> RecipientsAsync(this CrmRecipeHost crm, ContentItem campaign) =>
        crm.RunAsync(s => s.GetRequiredService<TenantDb>().QueryAsync<Recipient>(
            $"SELECT {RecipientStore.Columns} FROM email_campaign_recipients WHERE campaign_id = @id ORDER BY name", new { id = campaign.Id }));

    public static async Task<Recipient> RecipientAsync(this CrmRecipeHost crm, ContentItem campaign, string name) =>
        (await crm.RecipientsAsync(campaign)).Single(r => r.Name == name);

    /// <summary>The queued emails (outbox payloads), oldest first.</summary>
    public static async Task<IReadOnlyList<EmailMessage>> QueuedMailAsync(this CrmRecipeHost crm) =>
        (await crm.RunAsync(s => s.GetRequiredService<TenantDb>().QueryAsync<string>("SELECT payload FROM outbox_messages WHERE kind = 'email' ORDER BY id")))
        .Select(p => System.Text.Json.JsonSerializer.Deserialize<EmailMessage>(p, new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = true })!).ToList();

    public static Task ConfigureSmtpAsync(this CrmRecipeHost crm, int port) =>
        crm.RunAsync(async s =>
        {
            await s.GetRequiredService<EmailSettingsStore>().SaveAsync(new SmtpSettings
            {
                Host = "127.0.0.1", Port = port, TlsMode = SmtpTlsMode.None, FromAddress = "news@example.com", FromName = "Acme",
            });
            return true;
        });

    /// <summary>The app-relative path of a link in a mail (BaseUrl removed), e.g. /e/u/{token}?culture=ko-KR.</summary>
    public static string PathOf(string url)
    {
        Assert.StartsWith(BaseUrl + "/", url);
        return url[BaseUrl.Length..];
    }

    /// <summary>The tracked links of a mail's HTML, in order (HTML-decoded).</summary>
    public static IReadOnlyList<string> TrackedLinks(EmailMessage mail) =>
        HtmlHref().Matches(mail.HtmlBody ?? "").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Where(u => u.Contains("/e/c/", StringComparison.Ordinal)).ToList();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HtmlHref();
}
