using Crm.Campaigns.Services;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Campaigns.CampaignFixture;

namespace Crm.Web.Tests.Campaigns;

/// <summary>
/// A customer who responded to a campaign brings it the orders dated from the response day up to its window later; with
/// responses to two campaigns, each order counts once, for the campaign responded to last before it.
/// </summary>
public sealed class ResponderAttributionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_order_counts_once_for_the_campaign_responded_to_last_within_its_window(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var seminar = await CampaignAsync(crm, "Seminar", "seminar", "Seminar", 30);
        var survey = await CampaignAsync(crm, "Survey", "survey", "Survey", 10);
        await CostAsync(crm, seminar, "2026-11-01", 100_000);
        var customer = (await crm.CreateAsync("Customer", """{ "Name": "responder" }""")).Id;
        async Task RespondAsync(string campaign, string at) =>
            Assert.True(await crm.RunAsync(s => s.GetRequiredService<MemberResponses>().RespondOnceAsync(campaign, customer, "came", DateTimeOffset.Parse(at), CancellationToken.None)));
        await RespondAsync(seminar, "2026-11-24T15:30:00Z"); // 25 November in Seoul
        await RespondAsync(survey, "2026-12-01T01:00:00Z");
        Assert.False(await crm.RunAsync(s => s.GetRequiredService<MemberResponses>().RespondOnceAsync(seminar, customer, "again", DateTimeOffset.Parse("2026-12-02T00:00:00Z"), CancellationToken.None)));

        async Task OrderAsync(string date, int amount) => await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{customer}}", "OrderDate": "{{date}}", "Amount": {{amount}} }""");
        await OrderAsync("2026-11-24", 1_000); // before any response: nobody's
        await OrderAsync("2026-11-25", 20_000); // the seminar's response day
        await OrderAsync("2026-12-05", 300_000); // the survey's, responded to last
        await OrderAsync("2026-12-12", 4_000_000); // past the survey's 10 days: back to the seminar (day 17 of 30)
        await OrderAsync("2026-12-26", 50_000_000); // day 31 of the seminar: nobody's

        var roi = (await new Crm.Web.Tests.GraphQL.GraphQLClient(await crm.AdminAsync(), null).DataAsync("""
            { campaignRoi(from: "2026-11-01", to: "2026-12-31") { total { label leads buyers figures { currency cost revenue roi } }
              byCampaign { label leads buyers figures { currency cost revenue roi } } } }
            """))["campaignRoi"]!;
        Assert.Equal(["Seminar 0/1 KRW 100000→4020000 39.2", "Survey 0/1 KRW 0→300000 —"], roi["byCampaign"]!.AsArray().Select(l => Describe(l!)));
        Assert.Equal("Total 0/1 KRW 100000→4320000 42.2", Describe(roi["total"]!));
    }
}
