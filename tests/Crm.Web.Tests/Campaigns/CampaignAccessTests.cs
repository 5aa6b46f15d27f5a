using System.Net;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using static Crm.Web.Tests.Campaigns.CampaignFixture;

namespace Crm.Web.Tests.Campaigns;

/// <summary>Who sees campaign results, the unique code, the audience as members (idempotent) and recorded responses.</summary>
public sealed class CampaignAccessTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_sales_rep_gets_neither_the_screens_nor_the_menu_nor_the_api_and_a_manager_only_looks(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var campaign = await CampaignAsync(crm, "Search", "search", "KeywordAd", 90);
        var (rep, _) = await crm.StaffAsync("kim", "SalesRep");
        var (manager, _) = await crm.StaffAsync("boss", "Manager");
        var (marketer, _) = await crm.StaffAsync("mia", "Marketer");

        Assert.DoesNotContain("/admin/campaigns/roi", await rep.GetStringAsync("/admin"));
        foreach (var url in new[] { "/admin/campaigns", "/admin/campaigns/roi", $"/admin/campaigns/{campaign}" })
        {
            Assert.Contains("/denied", (await rep.GetAsync(url)).Headers.Location?.ToString());
        }
        Assert.Equal(["FORBIDDEN"], (await new GraphQLClient(rep, null).PostAsync("{ campaignRoi { total { leads } } }")).Codes);

        Assert.Contains("/admin/campaigns/roi", await marketer.GetStringAsync("/admin"));
        var managerPage = await manager.GetStringAsync($"/admin/campaigns/{campaign}");
        Assert.DoesNotContain("id=\"keyword-import\"", managerPage); // sees the results, does not run the campaign
        Assert.Contains("id=\"keyword-import\"", await marketer.GetStringAsync($"/admin/campaigns/{campaign}"));
        var korean = WebUtility.HtmlDecode(await marketer.GetStringAsync("/admin/campaigns/roi?culture=ko-KR"));
        Assert.Contains("캠페인 ROI", korean);
        Assert.Contains("채널별", korean);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_campaign_code_belongs_to_one_campaign_and_its_audience_must_be_a_saved_query_of_customers(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var first = await CampaignAsync(crm, "Search", "search", "KeywordAd", 90);

        var twice = await Assert.ThrowsAsync<ContentValidationException>(() => CampaignAsync(crm, "Search again", "search", "KeywordAd", 90));
        Assert.Equal([$"Code: 'search' is already used by 'Search' ({first})"], twice.Errors.Select(e => e.ToString()));
        var otherCase = await Assert.ThrowsAsync<ContentValidationException>(() => CampaignAsync(crm, "Search again", "SEARCH", "KeywordAd", 90));
        Assert.Equal([$"Code: 'SEARCH' is already used by 'Search' ({first})"], otherCase.Errors.Select(e => e.ToString())); // utm codes are typed by hand: one campaign per spelling
        var renamed = await crm.UpdateAsync(await crm.GetAsync(first), """{ "Name": "Search (renamed)", "Code": "search" }"""); // itself is no other campaign
        Assert.Equal("Search (renamed)", renamed.DisplayText);

        var audience = await Assert.ThrowsAsync<ContentValidationException>(() => crm.UpdateAsync(renamed, """{ "Audience": "nobody" }"""));
        Assert.Equal(["Audience: 'nobody' is not a saved query of Customer"], audience.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Adding_the_audience_twice_makes_each_customer_a_member_once_and_responses_are_recorded(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        foreach (var name in new[] { "Ann", "Bob", "Cho" }) await crm.CreateAsync("Customer", $$"""{ "Name": "{{name}}", "Stage": "Prospect" }""");
        await crm.CreateAsync("Customer", """{ "Name": "Dan", "Stage": "Target" }""");
        await crm.RunAsync(async s =>
        {
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Crm.Core.Content.Queries.SavedQueries>(s)
                .SaveAsync(new Crm.Core.Content.Queries.SavedQuery("Prospects", "Customer", System.Text.Json.Nodes.JsonNode.Parse("""{ "field": "Stage", "op": "eq", "value": "Prospect" }"""), []));
            return 0;
        });
        var campaign = await crm.CreateAsync("Campaign", """{ "Name": "Newsletter", "Code": "news", "Channel": "Email", "Audience": "Prospects" }""");
        var (marketer, _) = await crm.StaffAsync("mia", "Marketer");

        var page = await marketer.GetStringAsync($"/admin/campaigns/{campaign.Id}");
        var added = await marketer.PostAsync($"/admin/campaigns/{campaign.Id}/add-audience", CrmRecipeHost.Form(page));
        Assert.Contains("3 customers of the audience added as members; 0 were members already.", WebUtility.HtmlDecode(await marketer.GetStringAsync(added.Headers.Location!.ToString())));
        await crm.CreateAsync("Customer", """{ "Name": "Eve", "Stage": "Prospect" }""");
        var again = await marketer.PostAsync("/admin/campaigns/add-audience", CrmRecipeHost.Form(page, ("itemIds", campaign.Id))); // the button on the generated page
        Assert.Contains("1 customers of the audience added as members; 3 were members already.", WebUtility.HtmlDecode(await marketer.GetStringAsync(again.Headers.Location!.ToString())));
        var members = await crm.ItemsAsync("CampaignMember");
        Assert.Equal(4, members.Count);
        Assert.Equal(4, members.Select(m => m.Text("Customer")).Distinct().Count());

        var member = members[0];
        var form = await marketer.PostAsync("/admin/campaigns/members/respond", CrmRecipeHost.Form(page, ("itemIds", member.Id)));
        Assert.Contains("id=\"response-form\"", await form.Content.ReadAsStringAsync());
        var empty = await marketer.PostAsync("/admin/campaigns/members/respond", CrmRecipeHost.Form(page, ("itemIds", member.Id), ("save", "true"), ("response", " ")));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var saved = await marketer.PostAsync("/admin/campaigns/members/respond", CrmRecipeHost.Form(page, ("itemIds", member.Id), ("save", "true"), ("response", "Asked for a demo")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var responded = await crm.GetAsync(member.Id);
        Assert.Equal(("Responded", "Asked for a demo", "2026-11-23T00:00:00.0000000Z"), (responded.Text("Status"), responded.Text("Response"), responded.Text("RespondedAt")));
        var result = WebUtility.HtmlDecode(await marketer.GetStringAsync($"/admin/campaigns/{campaign.Id}"));
        Assert.Contains("Asked for a demo", result);
        Assert.Contains("<span data-members>4</span>", result);
        Assert.Contains("<span data-responded>1</span>", result);
    }
}
