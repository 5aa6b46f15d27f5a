using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Customers;

/// <summary>Moving a customer's stage is an action with a reason, and every stage change lands in its history.</summary>
public sealed class StageMoveTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_move_from_the_detail_page_asks_why_and_records_who_when_and_why(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var admin = await crm.AdminIdAsync();
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect", "Grade": "B" }""", admin);
        var browser = await crm.AdminAsync();

        var detail = await browser.GetStringAsync($"/contents/Customer/{acme.Id}");
        Assert.Contains("Move to Customer", detail);
        Assert.Contains("Move to Target", detail);
        Assert.DoesNotContain("Move to Prospect", detail); // its own stage

        var ask = await browser.PostAsync("/admin/customers/stage/Customer", CrmRecipeHost.Form(detail, ("itemIds", acme.Id)));
        var askPage = await ask.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("name=\"reason\"", askPage);

        var moved = await browser.PostAsync($"/admin/customers/{acme.Id}/stage", CrmRecipeHost.Form(askPage, ("stage", "Customer"), ("reason", "Signed the yearly contract"), ("version", "1")));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        Assert.Equal("Customer", (await crm.GetAsync(acme.Id)).Text("Stage"));
        var change = Assert.Single(await crm.ItemsAsync("StageChange", $"Customer:eq:{acme.Id}"));
        Assert.Equal(("Prospect", "Customer", "Forward", "Signed the yearly contract"),
            (change.Text("FromStage"), change.Text("ToStage"), change.Text("Direction"), change.Text("Reason")));
        Assert.Equal(admin, change.Owner); // who; its creation time is when
        Assert.Equal(CrmRecipeHost.Start, change.CreatedUtc);
        Assert.Contains("Signed the yearly contract", await browser.GetStringAsync($"/contents/Customer/{acme.Id}")); // on the customer's page
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_move_without_a_reason_or_to_the_same_stage_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Customer" }""");
        var browser = await crm.AdminAsync();
        var detail = await browser.GetStringAsync($"/contents/Customer/{acme.Id}");

        var noReason = await browser.PostAsync($"/admin/customers/{acme.Id}/stage", CrmRecipeHost.Form(detail, ("stage", "Target"), ("reason", "  "), ("version", "1")));
        var same = await browser.PostAsync($"/admin/customers/{acme.Id}/stage", CrmRecipeHost.Form(detail, ("stage", "Customer"), ("reason", "again"), ("version", "1")));
        var unknown = await browser.PostAsync($"/admin/customers/{acme.Id}/stage", CrmRecipeHost.Form(detail, ("stage", "Lost"), ("reason", "gone"), ("version", "1")));
        var stale = await browser.PostAsync($"/admin/customers/{acme.Id}/stage", CrmRecipeHost.Form(detail, ("stage", "Target"), ("reason", "gone"), ("version", "7")));

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Say why the stage changes.", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Contains("already in stage Customer", await same.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, (await crm.GetAsync(acme.Id)).Version);
        Assert.Empty(await crm.ItemsAsync("StageChange"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_backward_move_is_marked_as_win_back_and_an_edit_without_the_action_is_still_recorded(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Customer" }""");

        await crm.UpdateAsync(acme, """{ "Stage": "Prospect" }"""); // a form, an import or the API
        await crm.UpdateAsync(acme, """{ "Grade": "A" }"""); // not a stage change

        var change = Assert.Single(await crm.ItemsAsync("StageChange"));
        Assert.Equal(("Customer", "Prospect", "Backward", (string?)null), (change.Text("FromStage"), change.Text("ToStage"), change.Text("Direction"), change.Text("Reason")));
    }

}
