using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using static Crm.Web.Tests.Grades.GradeTestData;

namespace Crm.Web.Tests.Grades;

/// <summary>
/// RFM scores and the rules' measures on a history with known answers: five buying customers whose recency, frequency and
/// money all rank A &lt; B &lt; C &lt; D &lt; E, a cancelled order that does not count, and a customer who never bought.
/// </summary>
public sealed class RfmScoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_buying_customer_gets_its_quintile_scores_and_measures_and_a_non_buyer_none(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var c = await CustomersAsync(crm, "A", "B", "C", "D", "E", "G");
        await OrderAsync(crm, c["A"], "2025-01-10", 100_000);
        foreach (var date in new[] { "2025-06-01", "2025-07-01" }) await OrderAsync(crm, c["B"], date, 200_000);
        foreach (var date in new[] { "2025-11-01", "2025-12-01", "2026-01-01" }) await OrderAsync(crm, c["C"], date, 300_000);
        foreach (var date in new[] { "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01" }) await OrderAsync(crm, c["D"], date, 400_000);
        foreach (var date in new[] { "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01" }) await OrderAsync(crm, c["E"], date, 500_000);
        await OrderAsync(crm, c["E"], "2026-11-20", 10_000_000, status: "Cancelled");

        await RecalculateAsync(crm);

        // Today is 2026-11-23 in Seoul: the 12 months start on 2025-11-23.
        var expected = new Dictionary<string, (string Score, int Total, int Purchases, decimal? Basket)>
        {
            ["A"] = ("111", 3, 0, null),
            ["B"] = ("222", 6, 0, null),
            ["C"] = ("333", 9, 2, 300_000),
            ["D"] = ("444", 12, 4, 400_000),
            ["E"] = ("555", 15, 5, 500_000),
        };
        foreach (var (name, (score, total, purchases, basket)) in expected)
        {
            var customer = await crm.GetAsync(c[name]);
            Assert.Equal(score, customer.Text("RfmScore"));
            Assert.Equal(score[0] - '0', Number(customer, "RfmRecency"));
            Assert.Equal(score[1] - '0', Number(customer, "RfmFrequency"));
            Assert.Equal(score[2] - '0', Number(customer, "RfmMonetary"));
            Assert.Equal(total, Number(customer, "RfmTotal"));
            Assert.Equal(purchases, Number(customer, "PurchasesLast12Months"));
            Assert.Equal(basket, Amount(customer, "AverageBasket"));
        }
        var never = await crm.GetAsync(c["G"]);
        Assert.Null(never.Text("RfmScore"));
        Assert.Null(never.Text("PurchasesLast12Months"));

        // 600,000 + 1,600,000 + 2,500,000 over 11 orders in the 12 months.
        Assert.Equal(427_273m, (await SweepAsync(crm))!.TenantAverage);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Equal_figures_share_a_score_and_a_customer_whose_only_order_is_cancelled_loses_its_scores(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var c = await CustomersAsync(crm, "P", "Q", "R", "S", "T");
        foreach (var name in new[] { "P", "Q", "R", "S" }) await OrderAsync(crm, c[name], "2026-10-01", 100_000);
        var order = await OrderAsync(crm, c["T"], "2026-11-01", 900_000);
        await RecalculateAsync(crm);

        // Four customers with one order on the same day for the same sum are alike; T bought later and more.
        foreach (var name in new[] { "P", "Q", "R", "S" }) Assert.Equal("111", (await crm.GetAsync(c[name])).Text("RfmScore"));
        Assert.Equal("515", (await crm.GetAsync(c["T"])).Text("RfmScore")); // one order like the others: frequency 1

        await crm.UpdateAsync(order, """{ "Status": "Cancelled" }""");
        await RecalculateAsync(crm);

        Assert.Null((await crm.GetAsync(c["T"])).Text("RfmScore"));
        Assert.Null((await crm.GetAsync(c["T"])).Text("AverageBasket"));
        Assert.Equal("111", (await crm.GetAsync(c["P"])).Text("RfmScore"));
    }
}
