using Crm.Core.Data;
using Crm.Web.Tests.GraphQL;
using Crm.Web.Tests.Infrastructure;
using static Crm.Web.Tests.Infrastructure.DashboardHtml;

namespace Crm.Web.Tests.Dashboard;

/// <summary>Recognised revenue by month for managers: months and days as the company lives them (Seoul), across a year's end.</summary>
public sealed class RevenueByMonthTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Revenue_won_at_half_past_eleven_on_new_years_eve_is_decembers_and_half_an_hour_later_januarys(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme" }""");
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{acme.Id}}", "OrderDate": "2026-01-31", "Amount": 999 }"""); // 13 months back: left out
        await crm.CreateAsync("SalesOrder", $$"""{ "Customer": "{{acme.Id}}", "OrderDate": "2026-02-01", "Amount": { "Amount": 300, "Currency": "USD" } }""");
        var december = await crm.CreateAsync("Opportunity", $$"""{ "Name": "December", "Customer": "{{acme.Id}}", "Amount": 1000000, "Stage": "Negotiation" }""");
        var january = await crm.CreateAsync("Opportunity", $$"""{ "Name": "January", "Customer": "{{acme.Id}}", "Amount": 700000, "Stage": "Negotiation" }""");

        crm.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 14, 30, 0, TimeSpan.Zero)); // 23:30 on 31 December in Seoul
        await crm.UpdateAsync(december, """{ "Stage": "Won" }""");
        crm.Clock.Advance(TimeSpan.FromHours(1)); // 00:30 on 1 January 2027 in Seoul, still 31 December in UTC
        await crm.UpdateAsync(january, """{ "Stage": "Won" }""");
        var (boss, _) = await crm.StaffAsync("boss", "Manager");

        var card = Card(await boss.GetStringAsync("/admin"), "widget-revenue-by-month");
        Assert.Contains("\"labels\":[\"2026-02\",\"2026-03\",\"2026-04\",\"2026-05\",\"2026-06\",\"2026-07\",\"2026-08\",\"2026-09\",\"2026-10\",\"2026-11\",\"2026-12\",\"2027-01\"]",
            System.Net.WebUtility.HtmlDecode(card));
        var rows = Rows(card, "revenue-row");
        Assert.Equal(12, rows.Count);
        Assert.Equal("2027-01 700,000 KRW 0.00 USD", rows[0]); // newest first
        Assert.Equal("2026-12 1,000,000 KRW 0.00 USD", rows[1]);
        Assert.Equal("2026-02 0 KRW 300.00 USD", rows[^1]);

        var api = await new GraphQLClient(boss, null).DataAsync("{ revenueByMonth { month currency amount } }");
        Assert.Equal("""[{"month":"2026-02-01","currency":"USD","amount":300},{"month":"2026-12-01","currency":"KRW","amount":1000000},{"month":"2027-01-01","currency":"KRW","amount":700000}]""",
            WithWholeAmounts(api["revenueByMonth"]!));
        var lastTwo = await new GraphQLClient(boss, null).DataAsync("{ revenueByMonth(months: 2) { month } }");
        Assert.Equal("""[{"month":"2026-12-01"},{"month":"2027-01-01"}]""", lastTwo["revenueByMonth"]!.ToJsonString());
        var newYear = await new GraphQLClient(boss, null).DataAsync("""{ salesKpis(from: "2027-01-01", to: "2027-01-31") { wonOpportunities revenue { amount } } }""");
        Assert.Equal(1, newYear["salesKpis"]!["wonOpportunities"]!.GetValue<int>()); // closed at 00:30 local: January's

        var refused = await new GraphQLClient(boss, null).PostAsync("{ revenueByMonth(months: 121) { month } }");
        Assert.Equal(["INVALID_ARGUMENT"], refused.Codes);
        Assert.Equal(("revenueByMonth", "months"), (refused.Errors[0]["path"]![0]!.GetValue<string>(), refused.Errors[0]["extensions"]!["field"]!.GetValue<string>()));
    }
}
