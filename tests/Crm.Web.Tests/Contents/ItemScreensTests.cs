using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Contents;

public sealed partial class ItemScreensTests
{
    [GeneratedRegex("/contents/Customer/([0-9A-Z]{26})")]
    private static partial Regex ItemUrl();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    private static async Task<HttpClient> SignInAsync(ContentTestHost content, string user = "admin", string password = CrmTestHost.AdminPassword, string language = "en-US")
    {
        var browser = content.Host.Browser(language);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", user, password)).StatusCode);
        return browser;
    }

    private static Task<HttpResponseMessage> CreateAsync(HttpClient browser, string name, string stage = "Target", string email = "") =>
        browser.SubmitFormAsync("/contents/Customer/new", "/contents/Customer/new",
            new() { ["Customer.Name"] = name, ["Customer.Stage"] = stage, ["Customer.Email"] = email });

    private static string IdOf(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return ItemUrl().Match(created.Headers.Location!.ToString()).Groups[1].Value;
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_item_is_created_and_edited_through_the_forms_and_a_stale_edit_is_refused(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);

        var id = IdOf(await CreateAsync(admin, "Acme Trading", email: "sales@acme.example"));
        var edit = $"/contents/Customer/{id}/edit";
        var form = await admin.GetStringAsync(edit);
        Assert.Equal("1", VersionField().Match(form).Groups[1].Value);
        Assert.Contains("value=\"sales@acme.example\"", form);

        var saved = await admin.SubmitFormAsync(edit, edit,
            new() { ["version"] = "1", ["Customer.Name"] = "Acme Trading", ["Customer.Stage"] = "Prospect", ["Customer.Email"] = "sales@acme.example" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var detail = await TextAsync(await admin.GetAsync($"/contents/Customer/{id}"));
        Assert.Contains("Stage: Target → Prospect", detail);
        Assert.Contains("version 2", detail);

        // A second tab still holds version 1.
        var stale = await admin.SubmitFormAsync(edit, edit,
            new() { ["version"] = "1", ["Customer.Name"] = "Acme Holdings", ["Customer.Stage"] = "Prospect" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var staleText = await TextAsync(stale);
        Assert.Contains("Someone changed this item meanwhile", staleText);
        Assert.Contains("value=\"Acme Holdings\"", staleText);
        Assert.Equal(["Acme Trading"], await content.NamesAsync("Customer", ""));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_values_come_back_next_to_their_fields_with_400_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);

        var response = await CreateAsync(admin, "", stage: "Lost", email: "not-an-email");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await TextAsync(response);
        Assert.Matches("data-errors-for=\"Customer.Name\">\\s*<div>is required</div>", page);
        Assert.Matches("data-errors-for=\"Customer.Email\">\\s*<div>'not-an-email' is not an e-mail address</div>", page);
        Assert.Matches("data-errors-for=\"Customer.Stage\">\\s*<div>'Lost' is not one of the options", page);
        Assert.Contains("value=\"not-an-email\"", page);
        Assert.Equal(0, await content.CountAsync("Customer"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_list_filters_sorts_pages_and_counts(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        foreach (var (name, stage) in new[] { ("Cobalt", "Prospect"), ("Amber", "Prospect"), ("Birch", "Prospect"), ("Delta", "Target"), ("Ember", "Prospect") })
        {
            await content.CreateAsync("Customer", $$"""{ "Name": "{{name}}", "Stage": "{{stage}}", "Grade": "A" }""");
        }
        var admin = await SignInAsync(content);

        var all = await admin.GetStringAsync("/contents/Customer");
        Assert.Contains("data-sort=\"Stage\"", all);
        Assert.DoesNotContain("data-sort=\"Name\"", all); // Name is not indexed: the query would refuse the sort
        Assert.Contains("data-count=\"5\"", all);

        var first = await admin.GetStringAsync("/contents/Customer?filter=Stage:eq:Prospect&sort=Grade&size=2&q=r");
        Assert.Contains("data-count=\"3\"", first); // prospects with an "r": Amber, Birch, Ember
        var next = Regex.Match(first, "rel=\"next\" href=\"([^\"]+)\"");
        Assert.True(next.Success);
        var second = await admin.GetStringAsync(WebUtility.HtmlDecode(next.Groups[1].Value));
        Assert.Equal(3, Regex.Matches(first + second, "<tr data-item=").Count);
        Assert.DoesNotContain("rel=\"next\"", second);

        var capped = await admin.GetStringAsync("/contents/Customer?size=1&count=exact");
        Assert.Contains("data-count=\"5\"", capped);

        var bad = await admin.GetAsync("/contents/Customer?filter=Colour:eq:Red");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Colour", await TextAsync(bad));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/contents/Customer?sort=Name")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/contents/Unicorn")).StatusCode);
    }
}
