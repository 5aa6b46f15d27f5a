using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Grades;

/// <summary>The retail recipe: a department store whose sample shoppers' purchase histories produce every grade once the first sweep ran, with its retention programs.</summary>
public sealed class RetailRecipeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_retail_recipe_sets_up_a_store_whose_sample_shoppers_get_every_grade(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider, "retail", new Dictionary<string, string> { ["Crm:Samples:Create"] = "true" });
        await crm.RunDueAsync();

        var shoppers = await crm.ItemsAsync("Customer", "Tags:contains:purchase-sample");
        Assert.Equal(40, shoppers.Count);
        var grades = shoppers.GroupBy(s => s.Text("Grade")).ToDictionary(g => g.Key ?? "", g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["VIP"] = 6, ["A"] = 10, ["B"] = 12, ["C"] = 12 }, grades);
        Assert.Equal(40, (await crm.ItemsAsync("GradeChange")).Count(g => g.Text("Direction") == "First"));
        // The store's retention programs are there to edit in the designer; the invented shoppers' orders started none of them.
        Assert.Equal(7L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM workflow_types WHERE name IN ('HappyCalls', 'FirstPurchaseThanks', 'BirthdayGreetings', 'AnniversaryGreetings', 'DormantWakeUp', 'RankUp', 'WinBack')"));
        Assert.Empty(await crm.ItemsAsync("Coupon"));

        var admin = await crm.AdminAsync();
        var page = await admin.GetStringAsync("/admin/grades");
        Assert.Contains("<tr data-grade=\"VIP\">", page);
        var rules = await admin.GetStringAsync("/admin/grades/rules");
        Assert.Contains("AverageBasket:gte:1.5*@tenantAverageBasket", System.Net.WebUtility.HtmlDecode(rules));
    }
}
