using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.SalesActivities;

/// <summary>A rep's to-dos (overdue, today, this week, undated), the team's overdue list, and logging a call from a customer's page.</summary>
public sealed class ToDoScreensTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task My_to_dos_show_only_my_planned_activities_in_their_sections_and_done_takes_one_click(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (kim, kimId) = await crm.StaffAsync("kim", "SalesRep");
        var (_, leeId) = await crm.StaffAsync("lee", "SalesRep");
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect", "Grade": "B" }""", kimId);
        // Now is Monday 09:00 in Seoul.
        await crm.CreateAsync("Activity", $$"""{ "Subject": "Send the quote", "Kind": "Quote", "DueAt": "2026-11-20T01:00:00Z", "Customer": "{{acme.Id}}" }""", kimId);
        await crm.CreateAsync("Activity", """{ "Subject": "Call back", "Kind": "Call", "DueAt": "2026-11-23T06:00:00Z" }""", kimId);
        await crm.CreateAsync("Activity", """{ "Subject": "Visit", "Kind": "Meeting", "DueAt": "2026-11-26T01:00:00Z" }""", kimId);
        await crm.CreateAsync("Activity", """{ "Subject": "Read the brief", "Kind": "Task" }""", kimId);
        await crm.CreateAsync("Activity", """{ "Subject": "Lee's own call", "Kind": "Call", "DueAt": "2026-11-20T01:00:00Z" }""", leeId);
        await crm.CreateAsync("Activity", """{ "Subject": "Already done", "Kind": "Call", "Status": "Done", "DueAt": "2026-11-20T01:00:00Z" }""", kimId);

        var page = await kim.GetStringAsync("/admin/activities/todos");

        Assert.Equal(["Send the quote"], Subjects(page, "overdue"));
        Assert.Equal(["Call back"], Subjects(page, "today"));
        Assert.Equal(["Visit"], Subjects(page, "upcoming"));
        Assert.Equal(["Read the brief"], Subjects(page, "someday"));
        Assert.Contains("Acme", Section(page, "overdue"));

        var quote = Assert.Single(await crm.ItemsAsync("Activity", "Subject:eq:Send the quote"));
        var done = await kim.PostAsync($"/admin/activities/{quote.Id}/done", CrmRecipeHost.Form(page, ("version", "1"), ("returnUrl", "/admin/activities/todos")));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("Done", (await crm.GetAsync(quote.Id)).Text("Status"));
        Assert.Equal("2026-11-23T00:00:00.0000000Z", (await crm.GetAsync(acme.Id)).Text("LastActivityAt"));
        Assert.Empty(Subjects(await kim.GetStringAsync(done.Headers.Location!.OriginalString), "overdue"));

        var team = await (await crm.AdminAsync()).GetStringAsync("/admin/activities/overdue");
        Assert.Equal(["Lee's own call"], Subjects(team, "overdue"));
        Assert.Contains("lee", Section(team, "overdue"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Someone_may_not_complete_anothers_activity_without_the_right_to_edit_it(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (kim, _) = await crm.StaffAsync("kim", "SalesRep");
        var (_, leeId) = await crm.StaffAsync("lee", "SalesRep");
        var leesCall = await crm.CreateAsync("Activity", """{ "Subject": "Lee's call", "Kind": "Call", "DueAt": "2026-11-20T01:00:00Z" }""", leeId);

        var page = await kim.GetStringAsync("/admin/activities/todos");
        var refused = await kim.PostAsync($"/admin/activities/{leesCall.Id}/done", CrmRecipeHost.Form(page, ("version", "1")));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode); // SalesRep edits only their own items
        Assert.Equal("Planned", (await crm.GetAsync(leesCall.Id)).Text("Status"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_call_is_logged_from_the_customer_page_in_two_clicks_and_shows_on_its_timeline(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var (kim, kimId) = await crm.StaffAsync("kim", "SalesRep");
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect", "Grade": "A" }""", kimId);

        var detail = await kim.GetStringAsync($"/contents/Customer/{acme.Id}");
        Assert.Contains("Log call", detail);
        var form = await kim.PostAsync("/admin/activities/log/Call", CrmRecipeHost.Form(detail, ("itemIds", acme.Id))); // click 1
        var formPage = await form.Content.ReadAsStringAsync();
        Assert.Contains("value=\"Call with Acme\"", formPage);

        var saved = await kim.PostAsync("/admin/activities/log", CrmRecipeHost.Form(formPage, // click 2 (the outcome is optional)
            ("CustomerId", acme.Id), ("Kind", "Call"), ("Subject", "Call with Acme"), ("Outcome", "Wants a quote by Friday")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var call = Assert.Single(await crm.ItemsAsync("Activity", $"Customer:eq:{acme.Id}"));
        Assert.Equal(("Call", "Done", kimId), (call.Text("Kind"), call.Text("Status"), call.Owner));
        Assert.Equal("2026-11-23T00:00:00.0000000Z", (await crm.GetAsync(acme.Id)).Text("LastActivityAt"));
        var after = await kim.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("Call with Acme", after); // the customer's related activities
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_quick_log_with_a_bad_value_is_refused_with_the_field_named_and_nothing_saved(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var admin = await crm.AdminAsync();
        var acme = await crm.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var page = await admin.GetStringAsync($"/contents/Customer/{acme.Id}");

        var refused = await admin.PostAsync("/admin/activities/log", CrmRecipeHost.Form(page, ("CustomerId", acme.Id), ("Kind", "Call"), ("Subject", "")));
        var unknownKind = await admin.PostAsync("/admin/activities/log", CrmRecipeHost.Form(page, ("CustomerId", acme.Id), ("Kind", "Fax"), ("Subject", "x")));
        var unknownCustomer = await admin.PostAsync("/admin/activities/log", CrmRecipeHost.Form(page, ("CustomerId", "01JD3Z6Q3S8P0V7X2M9K4B1C5T"), ("Kind", "Call"), ("Subject", "x")));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("is required", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknownKind.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCustomer.StatusCode);
        Assert.Empty(await crm.ItemsAsync("Activity"));
    }

    private static string Section(string page, string key)
    {
        var start = page.IndexOf($"id=\"todos-{key}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section {key}.");
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    private static List<string> Subjects(string page, string key) =>
        System.Text.RegularExpressions.Regex.Matches(Section(page, key), "class=\"fw-semibold\">([^<]+)</a>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}
