using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Workflows;

public sealed partial class ManualStartScreenTests
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_items_detail_page_offers_its_manual_workflows_and_the_button_starts_one_for_that_item(DatabaseProvider provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.PublishAsync("""
            { "name": "CallNow", "displayName": "Call now", "activities": [
                { "id": "manual", "type": "Manual", "isStart": true, "properties": { "contentType": "Customer" } },
                { "id": "todo", "type": "CreateContent", "properties": { "contentType": "Activity", "values": { "Subject": "Call {{ item.Name }} now", "Customer": "{{ item.Id }}" } } } ],
              "transitions": [ { "source": "manual", "outcome": "Done", "destination": "todo" } ] }
            """);
        var acme = await host.Content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var admin = host.Content.Host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var page = await admin.GetStringAsync($"/contents/Customer/{acme.Id}");
        Assert.Contains("Start: Call now", page);
        var started = await admin.PostAsync("/admin/workflows/start/CallNow", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["itemIds"] = acme.Id, ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        }));
        await host.RunDueAsync();

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(["Call Acme now"], await host.Content.NamesAsync("Activity", ""));
        var withoutToken = await admin.PostAsync("/admin/workflows/start/CallNow", new FormUrlEncodedContent(new Dictionary<string, string> { ["itemIds"] = acme.Id }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }
}
