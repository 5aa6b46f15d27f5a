using System.Net;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.EmailCampaigns;

/// <summary>
/// The open pixel always answers with the image and records the first open of a real recipient only; a tracked link
/// redirects only when its signature matches, records the first click, and anything forged is 404 — never an open redirect.
/// </summary>
public sealed class CampaignTrackingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Opens_and_clicks_are_recorded_once_and_bad_or_forged_tokens_record_nothing(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        await crm.CustomerAsync("김민준", "minjun@customer.example");
        var campaign = await crm.ScheduleAsync(await crm.CampaignAsync(), CrmRecipeHost.Start);
        await crm.RunDueAsync();
        var mail = Assert.Single(await crm.QueuedMailAsync());
        var token = (await crm.RecipientAsync(campaign, "김민준")).Token;
        var reader = crm.Host.Browser();

        crm.Clock.Advance(TimeSpan.FromMinutes(10));
        var openedAt = crm.Clock.GetUtcNow();
        var pixel = await reader.GetAsync($"/e/o/{token}.gif");
        Assert.Equal((HttpStatusCode.OK, "image/gif"), (pixel.StatusCode, pixel.Content.Headers.ContentType?.MediaType));
        Assert.Contains("no-store", pixel.Headers.CacheControl?.ToString());
        crm.Clock.Advance(TimeSpan.FromMinutes(10));
        await reader.GetAsync($"/e/o/{token}.gif");
        Assert.Equal(DateTimeFieldKind.Canonical(openedAt), (await crm.RecipientAsync(campaign, "김민준")).OpenedUtc); // the first open

        foreach (var bad in new[] { "nonsense", new string('A', 22), "%27%3B--", new string('x', 5000) })
        {
            var answer = await reader.GetAsync($"/e/o/{bad}.gif");
            Assert.Equal((HttpStatusCode.OK, "image/gif"), (answer.StatusCode, answer.Content.Headers.ContentType?.MediaType));
        }

        var link = Assert.Single(EmailCampaignTestData.TrackedLinks(mail));
        Assert.Contains(Uri.EscapeDataString("https://shop.example.com/sale?month=11&src=mail"), link);
        var path = EmailCampaignTestData.PathOf(link);
        var clickedAt = crm.Clock.GetUtcNow();
        var click = await reader.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
        Assert.Equal("https://shop.example.com/sale?month=11&src=mail", click.Headers.Location?.ToString());
        crm.Clock.Advance(TimeSpan.FromMinutes(1));
        await reader.GetAsync(path);
        Assert.Equal(DateTimeFieldKind.Canonical(clickedAt), (await crm.RecipientAsync(campaign, "김민준")).ClickedUtc);

        var signature = path[(path.IndexOf("&s=", StringComparison.Ordinal) + 3)..];
        string[] forged =
        [
            $"/e/c/{token}?u={Uri.EscapeDataString("https://evil.example/")}&s={signature}",
            path.Replace("month%3D11", "month%3D12", StringComparison.Ordinal),
            path[..path.IndexOf("&s=", StringComparison.Ordinal)],
            path + "x",
            $"/e/c/{new string('B', 22)}?u={Uri.EscapeDataString("https://shop.example.com/sale?month=11&src=mail")}&s={signature}",
            $"/e/c/{token}?u=javascript%3Aalert(1)&s={signature}",
            "/e/c/short?u=https%3A%2F%2Fevil.example%2F&s=abc",
        ];
        foreach (var url in forged)
        {
            var answer = await reader.GetAsync(url);
            Assert.True(answer.StatusCode == HttpStatusCode.NotFound, $"{url} answered {answer.StatusCode}");
        }
        Assert.Equal(1, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM email_campaign_recipients WHERE clicked_utc IS NOT NULL"));
    }
}
