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

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_item_goes_to_the_recycle_bin_and_comes_back(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);
        var id = IdOf(await CreateAsync(admin, "Birch Foods"));
        var detail = $"/contents/Customer/{id}";

        var deleted = await admin.SubmitFormAsync(detail, $"{detail}/delete", new() { ["version"] = "1" });
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Contains($"data-deleted-item=\"{id}\"", await deleted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(detail)).StatusCode);
        Assert.Empty(await content.NamesAsync("Customer", ""));

        var restored = await admin.SubmitFormAsync("/contents/Customer/recycle-bin", $"{detail}/restore", new() { ["version"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(["Birch Foods"], await content.NamesAsync("Customer", ""));
        var page = await TextAsync(await admin.GetAsync(detail));
        Assert.Contains("Restored", page);
        Assert.DoesNotContain($"data-deleted-item=\"{id}\"", await admin.GetStringAsync("/contents/Customer/recycle-bin"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_sales_rep_sees_every_item_but_the_endpoints_refuse_changes_to_other_peoples_items(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);
        var adminItem = IdOf(await CreateAsync(admin, "Admin Account"));
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "kim", ["email"] = "kim@example.com", ["password"] = "Kim-Password-1", ["roleNames"] = "SalesRep" })).StatusCode);
        var kim = await SignInAsync(content, "kim", "Kim-Password-1");

        var ownItem = IdOf(await CreateAsync(kim, "Kim's Lead"));
        var list = await kim.GetStringAsync("/contents/Customer");
        Assert.Contains(adminItem, list);
        Assert.Contains(ownItem, list);
        var adminDetail = await kim.GetStringAsync($"/contents/Customer/{adminItem}");
        Assert.DoesNotContain($"/contents/Customer/{adminItem}/edit", adminDetail);
        Assert.DoesNotContain($"/contents/Customer/{adminItem}/delete", adminDetail);

        var ownEdit = $"/contents/Customer/{ownItem}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await kim.SubmitFormAsync(ownEdit, ownEdit,
            new() { ["version"] = "1", ["Customer.Name"] = "Kim's Lead", ["Customer.Stage"] = "Prospect" })).StatusCode);

        // Crafted requests, with a valid antiforgery token taken from a page kim may open.
        var adminEdit = $"/contents/Customer/{adminItem}/edit";
        Assert.Equal(HttpStatusCode.Forbidden, (await kim.GetAsync(adminEdit)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kim.SubmitFormAsync(ownEdit, adminEdit,
            new() { ["version"] = "1", ["Customer.Name"] = "Taken", ["Customer.Stage"] = "Target" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kim.SubmitFormAsync(ownEdit, $"/contents/Customer/{adminItem}/delete",
            new() { ["version"] = "1" })).StatusCode);
        Assert.Equal(["Admin Account", "Kim's Lead"], (await content.NamesAsync("Customer", "", "DisplayText")).ToList());

        // Kim deletes her own item but may not purge it: only "delete all" rights remove items for good.
        Assert.Equal(HttpStatusCode.OK, (await kim.SubmitFormAsync(ownEdit.Replace("/edit", ""), $"/contents/Customer/{ownItem}/delete", new() { ["version"] = "2" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kim.SubmitFormAsync("/contents/Customer/recycle-bin", $"/contents/Customer/{ownItem}/purge", [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/contents/Customer/recycle-bin", $"/contents/Customer/{ownItem}/purge", [])).StatusCode);
        Assert.Equal(1, await content.CountAsync("Customer"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Sqlite);
        var admin = await SignInAsync(content);

        var response = await admin.PostAsync("/contents/Customer/new",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Customer.Name"] = "Forged", ["Customer.Stage"] = "Target" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await content.CountAsync("Customer"));
    }

    [Fact]
    public async Task Korean_users_get_korean_labels_and_validation_messages()
    {
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Sqlite);
        var admin = await SignInAsync(content, language: "ko-KR");

        var list = await TextAsync(await admin.GetAsync("/contents/Customer"));
        Assert.Contains("휴지통", list);
        Assert.Contains("새 Customer", list);

        var response = await CreateAsync(admin, "", email: "nope");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await TextAsync(response);
        Assert.Contains("항목을 저장하지 못했습니다", page);
        Assert.DoesNotContain("<div>is required</div>", page);
        Assert.Matches("data-errors-for=\"Customer.Name\">\\s*<div>[^<]*[가-힣][^<]*</div>", page);
    }
}
