using Crm.Core.Data;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using static Crm.Web.Tests.Infrastructure.DashboardHtml;

namespace Crm.Web.Tests.Campaigns;

/// <summary>The Sales KPIs' customer acquisition cost divides the campaigns' cost lines of the period by its new customers.</summary>
public sealed class CampaignAcquisitionCostTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_acquisition_cost_is_the_campaigns_spend_of_the_months_over_their_new_customers(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await CampaignFixture.CreateAsync(crm);
        var (boss, _) = await crm.StaffAsync("boss", "Manager");

        // November: 3,000,000 spent (Search 1,000,000, Expo 2,000,000); c1, c6, c7 and c8 bought for the first time.
        var november = Kpis(await boss.GetStringAsync("/admin/dashboard/kpis?from=2026-11&to=2026-11"));
        Assert.Equal(("750,000 KRW", "spend 3,000,000 KRW"), november["acquisition-cost"]);
        // November to December: 3,500,000 over the same four and c4 and c5 (December).
        var api = (await new GraphQLClient(boss, null).DataAsync("""
            { salesKpis(from: "2026-11-01", to: "2026-12-31") { newCustomers acquisitionCostAvailable acquisitionSpend { amount currency } acquisitionCost { amount currency } } }
            """))["salesKpis"]!;
        Assert.Equal("""{"newCustomers":6,"acquisitionCostAvailable":true,"acquisitionSpend":[{"amount":3500000,"currency":"KRW"}],"acquisitionCost":[{"amount":583333,"currency":"KRW"}]}""",
            WithWholeAmounts(api));
    }
}
