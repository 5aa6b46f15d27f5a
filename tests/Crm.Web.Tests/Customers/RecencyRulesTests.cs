using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Customers;

/// <summary>The recency rules screen: days per stage and grade, validated, and every customer's next-contact date follows a change.</summary>
public sealed class RecencyRulesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Changing_a_rule_recalculates_the_next_contact_date_of_every_customer_it_covers(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var prospectA = await crm.CreateAsync("Customer", """{ "Name": "Kim", "Stage": "Prospect", "Grade": "A" }""");
        var prospectNone = await crm.CreateAsync("Customer", """{ "Name": "Lee", "Stage": "Prospect" }""");
        var customerC = await crm.CreateAsync("Customer", """{ "Name": "Park", "Stage": "Customer", "Grade": "C" }""");
        var browser = await crm.AdminAsync();
        var page = await browser.GetStringAsync("/admin/customers/recency");
        Assert.Contains("value=\"7\"", page); // Prospect-A from the module recipe

        var fields = Defaults(page);
        fields["Prospect.A"] = "3";
        fields["Prospect.None"] = ""; // no longer tracked
        var saved = await browser.PostAsync("/admin/customers/recency", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await crm.RunDueAsync(); // the background recalculation

        Assert.Equal("2026-11-26T00:00:00.0000000Z", (await crm.GetAsync(prospectA.Id)).Text("ContactDueAt"));
        Assert.Null((await crm.GetAsync(prospectNone.Id)).Text("ContactDueAt"));
        Assert.Equal("2027-01-22T00:00:00.0000000Z", (await crm.GetAsync(customerC.Id)).Text("ContactDueAt")); // unchanged rule: 60 days
        Assert.Equal(1, (await crm.GetAsync(prospectA.Id)).Version); // a derived value: no new version, no history entry
        Assert.Equal(0L, await crm.ScalarAsync<long>("SELECT COUNT(*) FROM contact_due_recalculations"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_days_are_refused_next_to_their_box_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var browser = await crm.AdminAsync();
        var page = await browser.GetStringAsync("/admin/customers/recency");

        var fields = Defaults(page);
        fields["Prospect.A"] = "0";
        fields["Customer.VIP"] = "two weeks";
        var refused = await browser.PostAsync("/admin/customers/recency", new FormUrlEncodedContent(fields));
        var body = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(2, Regex.Matches(body, "Enter whole days from 1 to 3650").Count);
        Assert.Contains("value=\"two weeks\"", body); // what was typed stays in its box
        Assert.Contains("value=\"7\"", await browser.GetStringAsync("/admin/customers/recency"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_without_the_permission_cannot_open_the_rules(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (rep, _) = await crm.StaffAsync("rep", "SalesRep");

        var refused = await rep.GetAsync("/admin/customers/recency"); // browsers are sent to the 403 page
        Assert.Contains("/denied", refused.Headers.Location?.ToString());
        Assert.DoesNotContain("/admin/customers/recency", await rep.GetStringAsync("/admin")); // nor is it in their menu
    }

    /// <summary>The rules form as the page shows it: a box per stage and grade ("Prospect.A").</summary>
    private static Dictionary<string, string> Defaults(string page) => CrmRecipeHost.Boxes(page, @"[A-Za-z]+\.[A-Za-z]+");
}
