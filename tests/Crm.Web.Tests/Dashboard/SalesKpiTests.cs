using System.Net;
using Crm.Core.Data;
using Crm.Dashboard;
using Crm.Dashboard.Kpis;
using Crm.Opportunities.Models;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Web.Tests.Infrastructure.DashboardHtml;

namespace Crm.Web.Tests.Dashboard;

/// <summary>
/// The sales KPIs on a history with known answers: four customers, orders before and in the period, three deals won at
/// known days after they were opened. On the card, the KPI screen and GraphQL alike.
/// </summary>
public sealed class SalesKpiTests
{
    private const string KpiQuery = """
        { salesKpis { from to retentionRate retainedCustomers previousCustomers salesCycleMedianDays salesCycleMeanDays wonOpportunities upSellRate
                      revenue { amount currency } netNewRevenue { amount currency } newCustomers acquisitionCostAvailable acquisitionCost { amount currency }
                      lifetimeValue { amount currency } } }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_manager_sees_each_kpi_computed_from_the_orders_and_deals_on_the_card_the_screen_and_the_api(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await HistoryAsync(crm);
        var (boss, _) = await crm.StaffAsync("boss", "Manager");

        // This month and the eleven before, in Seoul: December 2025 to November 2026; the previous period December 2024 to November 2025.
        var card = Kpis(Card(await boss.GetStringAsync("/admin"), "widget-sales-kpis"));
        var screen = Kpis(await boss.GetStringAsync("/admin/dashboard/kpis?from=2025-12&to=2026-11"));

        foreach (var kpis in new[] { card, screen })
        {
            Assert.Equal(("50.0%", "1 of 2 customers"), kpis["retention"]); // A and B bought before; A again, B not
            Assert.Equal(("5.0 days", "3 won; mean 4.7 days"), kpis["sales-cycle"]); // 2, 5 and 7 days
            Assert.Equal(("66.7%", "2 of 3 won opportunities"), kpis["up-sell"]); // an up-sell and a cross-sell of three
            Assert.Equal(("5,000,000 KRW · 500.00 USD", "2 new customers; all revenue 8,600,000 KRW · 500.00 USD"), kpis["net-new-revenue"]); // C's and E's
            Assert.Equal(("—", "spend —"), kpis["acquisition-cost"]); // the crm recipe has campaigns, without cost lines here
            Assert.Equal("3,866,667 KRW · 500.00 USD", kpis["lifetime-value"].Value); // 11,600,000 KRW from A, B and C; 500 USD from E
        }

        var api = (await new GraphQLClient(boss, null).DataAsync(KpiQuery))["salesKpis"]!;
        Assert.Equal("""
            {"from":"2025-12-01","to":"2026-11-30","retentionRate":0.5,"retainedCustomers":1,"previousCustomers":2,"salesCycleMedianDays":5.0,"salesCycleMeanDays":4.7,"wonOpportunities":3,"upSellRate":0.6667,"revenue":[{"amount":8600000,"currency":"KRW"},{"amount":500,"currency":"USD"}],"netNewRevenue":[{"amount":5000000,"currency":"KRW"},{"amount":500,"currency":"USD"}],"newCustomers":2,"acquisitionCostAvailable":true,"acquisitionCost":[],"lifetimeValue":[{"amount":3866667,"currency":"KRW"},{"amount":500,"currency":"USD"}]}
            """, WithWholeAmounts(api));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_acquisition_cost_divides_a_marketing_modules_spend_by_the_new_customers_of_the_period(DatabaseProvider provider)
    {
        var campaigns = new CampaignCosts();
        await using var crm = await CrmRecipeHost.StartAsync(provider, services: s => s.AddSingleton(campaigns).AddAcquisitionCostSource<CampaignCostSource>());
        await HistoryAsync(crm);
        var (boss, _) = await crm.StaffAsync("boss", "Manager");

        var kpis = Kpis(await boss.GetStringAsync("/admin/dashboard/kpis"));

        Assert.Equal(("500,000 KRW", "spend 1,000,000 KRW"), kpis["acquisition-cost"]); // 1,000,000 KRW ÷ C and E
        Assert.Equal((new DateTimeOffset(2025, 11, 30, 15, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero)), campaigns.Asked);
        var api = (await new GraphQLClient(boss, null).DataAsync("{ salesKpis { acquisitionCostAvailable acquisitionCost { amount currency } } }"))["salesKpis"]!;
        Assert.Equal("""{"acquisitionCostAvailable":true,"acquisitionCost":[{"amount":500000,"currency":"KRW"}]}""", WithWholeAmounts(api));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_sales_every_kpi_says_there_is_nothing_to_show_instead_of_a_number(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider, "sales"); // no campaigns module: the acquisition cost needs marketing
        var (boss, _) = await crm.StaffAsync("boss", "Manager");

        var home = await boss.GetStringAsync("/admin");
        var kpis = Kpis(Card(home, "widget-sales-kpis"));

        Assert.Equal(["retention", "sales-cycle", "up-sell", "net-new-revenue", "acquisition-cost", "lifetime-value"], kpis.Keys);
        Assert.All(kpis.Values, kpi => Assert.Equal("—", kpi.Value));
        Assert.Contains("No revenue in these months.", Card(home, "widget-revenue-by-month"));
        var korean = WebUtility.HtmlDecode(await boss.GetStringAsync("/admin/dashboard/kpis?culture=ko-KR"));
        Assert.Contains("고객 유지율", korean);
        Assert.Contains("마케팅 기능이 있어야 합니다", korean);
        var api = (await new GraphQLClient(boss, null).DataAsync(KpiQuery))["salesKpis"]!;
        Assert.Equal("""
            {"from":"2025-12-01","to":"2026-11-30","retentionRate":null,"retainedCustomers":0,"previousCustomers":0,"salesCycleMedianDays":null,"salesCycleMeanDays":null,"wonOpportunities":0,"upSellRate":null,"revenue":[],"netNewRevenue":[],"newCustomers":0,"acquisitionCostAvailable":false,"acquisitionCost":[],"lifetimeValue":[]}
            """, WithWholeAmounts(api));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_sales_rep_gets_neither_the_cards_nor_the_screen_nor_the_api(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (kim, _) = await crm.StaffAsync("kim", "SalesRep");

        var home = await kim.GetStringAsync("/admin");

        Assert.DoesNotContain("widget-sales-kpis", home);
        Assert.DoesNotContain("widget-revenue-by-month", home);
        Assert.DoesNotContain("/admin/dashboard/kpis", home); // nor in the menu
        Assert.Contains("/denied", (await kim.GetAsync("/admin/dashboard/kpis")).Headers.Location?.ToString()); // browsers are sent to the 403 page
        var api = new GraphQLClient(kim, null);
        Assert.Equal(["FORBIDDEN"], (await api.PostAsync("{ salesKpis { retentionRate } }")).Codes);
        Assert.Equal(["FORBIDDEN"], (await api.PostAsync("{ revenueByMonth { amount } }")).Codes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_period_the_api_cannot_take_is_an_error_naming_the_argument_and_the_screen_says_so(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var admin = await crm.AdminAsync();
        var api = new GraphQLClient(admin, null);

        var backwards = await api.PostAsync("""{ salesKpis(from: "2026-06-01", to: "2026-05-31") { retentionRate } }""");
        Assert.Equal(["INVALID_ARGUMENT"], backwards.Codes);
        Assert.Equal(("salesKpis", "from"), (backwards.Errors[0]["path"]![0]!.GetValue<string>(), backwards.Errors[0]["extensions"]!["field"]!.GetValue<string>()));
        var tooLong = await api.PostAsync("""{ salesKpis(from: "2010-01-01", to: "2026-11-01") { retentionRate } }""");
        Assert.Equal(("INVALID_ARGUMENT", "to"), (tooLong.Codes[0], tooLong.Errors[0]["extensions"]!["field"]!.GetValue<string>()));
        Assert.Contains("at most 120 months", tooLong.Errors[0]["message"]!.GetValue<string>());

        var screen = await admin.GetAsync("/admin/dashboard/kpis?from=2026-06&to=2026-05");
        Assert.Equal(HttpStatusCode.BadRequest, screen.StatusCode);
        Assert.Contains("The first month must not be after the last one.", WebUtility.HtmlDecode(await screen.Content.ReadAsStringAsync()));
        var oneMonth = (await api.DataAsync("""{ salesKpis(from: "2026-05-20", to: "2026-05-02") { from to } }""")); // days of one month: that month
        Assert.Equal("""{"from":"2026-05-01","to":"2026-05-31"}""", oneMonth["salesKpis"]!.ToJsonString());
    }

    /// <summary>
    /// Customers A, B, C (won-priced) and E (in dollars). Orders: A in March 2025 and February 2026, B in June 2025, C from
    /// May 2026 on monthly billing (4 × 1,000,000). Deals opened on Monday 23 November 2026 and won 2, 5 and 7 days later:
    /// A's up-sell (600,000 KRW), E's new business (500 USD), C's cross-sell (1,000,000 KRW); B's lost and one still open.
    /// The clock ends on Monday 30 November.
    /// </summary>
    private static async Task HistoryAsync(CrmRecipeHost crm)
    {
        var customers = new Dictionary<string, string>();
        foreach (var name in new[] { "A", "B", "C", "E" }) customers[name] = (await crm.CreateAsync("Customer", $$"""{ "Name": "{{name}}" }""")).Id;
        async Task OrderAsync(string customer, string date, int amount, string billing = "OneOff", int term = 1) =>
            await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{customers[customer]}}", "OrderDate": "{{date}}", "Amount": {{amount}}, "BillingType": "{{billing}}", "TermMonths": {{term}} }""");
        await OrderAsync("A", "2025-03-10", 1_000_000);
        await OrderAsync("B", "2025-06-05", 2_000_000);
        await OrderAsync("A", "2026-02-01", 3_000_000);
        await OrderAsync("C", "2026-05-15", 4_000_000, "Monthly", 4);

        async Task<Crm.Core.Content.Store.ContentItem> DealAsync(string customer, string type, string amount, string stage = "Proposal", string extra = "") =>
            await crm.CreateAsync("Opportunity", $$"""{ "Name": "{{customer}} {{type}}", "Customer": "{{customers[customer]}}", "DealType": "{{type}}", "Amount": {{amount}}, "Stage": "{{stage}}"{{extra}} }""");
        var upSell = await DealAsync("A", "UpSell", "600000");
        var dollars = await DealAsync("E", "New", """{ "Amount": 500, "Currency": "USD" }""");
        var crossSell = await DealAsync("C", "CrossSell", "1000000");
        await DealAsync("B", "New", "9000000", "Lost", ", \"LostReason\": \"Budget\"");
        await DealAsync("B", "UpSell", "9000000");

        await crm.AdvanceAsync(TimeSpan.FromDays(2));
        await crm.UpdateAsync(upSell, """{ "Stage": "Won" }""");
        await crm.AdvanceAsync(TimeSpan.FromDays(3));
        await crm.UpdateAsync(dollars, """{ "Stage": "Won" }""");
        await crm.AdvanceAsync(TimeSpan.FromDays(2));
        await crm.UpdateAsync(crossSell, """{ "Stage": "Won" }""");
    }

    /// <summary>What a marketing module would say it spent on winning customers.</summary>
    private sealed class CampaignCosts
    {
        public (DateTimeOffset Start, DateTimeOffset End)? Asked { get; set; }
    }

    private sealed class CampaignCostSource(CampaignCosts costs) : IAcquisitionCostSource
    {
        public string Feature => SalesKpisFeature.Id;

        public Task<IReadOnlyList<Money>> CostsAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
        {
            costs.Asked = (start, end);
            return Task.FromResult<IReadOnlyList<Money>>([new Money(1_000_000, "KRW")]);
        }
    }
}
