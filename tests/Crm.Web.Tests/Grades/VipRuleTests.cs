using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using static Crm.Web.Tests.Grades.GradeTestData;

namespace Crm.Web.Tests.Grades;

/// <summary>
/// The brief's VIP rule at its edges: 2+ purchases in 12 months AND a purchase within 6 months AND an average basket of at
/// least 1.5× the tenant's. The tenant average is made exactly 200,000 won (3,400,000 over 17 orders), so 1.5× is 300,000.
/// The clock is 2026-11-23 15:30 UTC — already 2026-11-24 00:30 in Seoul, so the 12 months start on 2025-11-24 there
/// (in UTC they would start a day earlier).
/// </summary>
public sealed class VipRuleTests
{
    private const string Vip = "PurchasesLast12Months:gte:2,LastPurchaseAt:gte:today-6mo,AverageBasket:gte:1.5*@tenantAverageBasket";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Exactly_one_and_a_half_times_the_average_with_a_purchase_on_the_first_day_of_the_12_months_in_Seoul_is_VIP(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await SetRulesAsync(crm, ("VIP", "VIP", Vip), ("Everyone else", "C", "FirstPurchaseAt:isNull:false"));
        var c = await CustomersAsync(crm, "Exact", "DayTooEarly", "JustBelow", "NotRecent", "Filler");
        await OrderAsync(crm, c["Exact"], "2025-11-24", 300_000);      // the first day of the 12 months in Seoul
        await OrderAsync(crm, c["Exact"], "2026-11-01", 300_000);      // basket 300,000 = 1.5 × 200,000
        await OrderAsync(crm, c["DayTooEarly"], "2025-11-23", 300_000); // a day before the 12 months in Seoul (inside them in UTC)
        await OrderAsync(crm, c["DayTooEarly"], "2026-11-01", 300_000);
        await OrderAsync(crm, c["JustBelow"], "2026-10-01", 299_000);   // basket 299,000 < 300,000
        await OrderAsync(crm, c["JustBelow"], "2026-10-02", 299_000);
        await OrderAsync(crm, c["NotRecent"], "2026-01-10", 400_000);   // big baskets, but the latest is more than 6 months ago
        await OrderAsync(crm, c["NotRecent"], "2026-02-10", 400_000);
        for (var month = 1; month <= 10; month++) await OrderAsync(crm, c["Filler"], $"2026-{month:00}-05", 110_200);

        await crm.AdvanceAsync(TimeSpan.FromHours(15.5));
        await RecalculateAsync(crm);

        Assert.Equal(200_000m, (await SweepAsync(crm))!.TenantAverage);
        Assert.Equal(300_000m, Amount(await crm.GetAsync(c["Exact"]), "AverageBasket"));
        Assert.Equal(1m, Number(await crm.GetAsync(c["DayTooEarly"]), "PurchasesLast12Months"));
        var grades = new Dictionary<string, string?>();
        foreach (var (name, id) in c) grades[name] = (await crm.GetAsync(id)).Text("Grade");
        Assert.Equal(new Dictionary<string, string?> { ["Exact"] = "VIP", ["DayTooEarly"] = "C", ["JustBelow"] = "C", ["NotRecent"] = "C", ["Filler"] = "C" }, grades);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_orders_in_the_12_months_the_average_has_no_value_and_the_vip_rule_matches_nobody(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        await SetRulesAsync(crm, ("VIP", "VIP", "AverageBasket:gte:1.5*@tenantAverageBasket"), ("Buyers", "C", "FirstPurchaseAt:isNull:false"));
        var c = await CustomersAsync(crm, "Old");
        await OrderAsync(crm, c["Old"], "2024-05-01", 5_000_000);

        await RecalculateAsync(crm);

        Assert.Null((await SweepAsync(crm))!.TenantAverage);
        Assert.Equal("C", (await crm.GetAsync(c["Old"])).Text("Grade"));
    }
}
