using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.EmailCampaigns;

/// <summary>
/// Marketers see, test, schedule and cancel campaigns; managers see results only; other staff and visitors get nothing —
/// and the results page counts what happened.
/// </summary>
public sealed class CampaignPermissionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Marketers_schedule_and_cancel_managers_only_look_and_others_are_refused(DatabaseProvider provider)
    {
        await using var crm = await EmailCampaignTestData.StartAsync(provider);
        await crm.CustomerAsync("김민준", "minjun@customer.example");
        await crm.CustomerAsync("박지호", null);
        var campaign = await crm.CampaignAsync();
        var path = $"/admin/email-campaigns/{campaign.Id}";

        var (manager, _) = await crm.StaffAsync("minji", "Manager");
        var managerPage = await manager.GetStringAsync(path);
        Assert.DoesNotContain("campaign-schedule", managerPage);
        Assert.DoesNotContain("test-address", managerPage);
        var refused = await manager.PostAsync(path + "/schedule", CrmRecipeHost.Form(managerPage));
        Assert.Contains("/denied", refused.Headers.Location?.ToString());
        Assert.Contains("/denied", (await manager.PostAsync(path + "/test", CrmRecipeHost.Form(managerPage, ("address", "x@example.com")))).Headers.Location?.ToString());

        var (sales, _) = await crm.StaffAsync("dohyun", "SalesRep");
        Assert.Contains("/denied", (await sales.GetAsync(path)).Headers.Location?.ToString());
        Assert.DoesNotContain("/contents/EmailCampaign\"", await sales.GetStringAsync("/admin"));
        var visitor = await crm.Host.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Contains("login", visitor.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);

        var (marketer, _) = await crm.StaffAsync("sora", "Marketer");
        Assert.Contains("/contents/EmailCampaign\"", await marketer.GetStringAsync("/admin"));
        var page = await marketer.GetStringAsync(path);
        var scheduled = await marketer.PostAsync(path + "/schedule", CrmRecipeHost.Form(page));
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        Assert.Contains("data-campaign-status=\"Scheduled\"", await scheduled.Content.ReadAsStringAsync());
        await crm.RunDueAsync();

        var results = await marketer.GetStringAsync(path);
        Assert.Matches("data-count=\"audience\"><th scope=\"row\">[^<]+</th><td class=\"text-end\">2</td>", results);
        Assert.Matches("data-count=\"sent\"><th scope=\"row\">[^<]+</th><td class=\"text-end\">1</td><td class=\"text-end\">50%</td>", results);
        Assert.Matches("data-count=\"skipped\"><th scope=\"row\">[^<]+</th><td class=\"text-end\">1</td><td class=\"text-end\">50%</td>", results);
        var skippedOnly = await marketer.GetStringAsync(path + "?status=Skipped");
        Assert.Contains("data-status=\"Skipped\"", skippedOnly);
        Assert.DoesNotContain("data-status=\"Sent\"", skippedOnly);
        var again = await marketer.PostAsync(path + "/schedule", CrmRecipeHost.Form(results));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode); // sent once, never again
        Assert.Single(await crm.QueuedMailAsync());
    }
}
