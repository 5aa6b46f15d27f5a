using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Contents;

public sealed partial class BulkActionsTests
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private static async Task<HttpClient> SignInAsync(ContentTestHost content, string user = "admin", string password = CrmTestHost.AdminPassword)
    {
        var browser = content.Host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", user, password)).StatusCode);
        return browser;
    }

    /// <summary>Two users: the admin owns one item and kim (SalesRep: edits and deletes only her own) owns two.</summary>
    private static async Task<(HttpClient Admin, HttpClient Kim, string AdminItem, string KimFirst, string KimSecond)> SetUpAsync(ContentTestHost content)
    {
        var admin = await SignInAsync(content);
        var adminItem = await CreateAsync(admin, "Admin Account");
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "kim", ["email"] = "kim@example.com", ["password"] = "Kim-Password-1", ["roleNames"] = "SalesRep" })).StatusCode);
        var kim = await SignInAsync(content, "kim", "Kim-Password-1");
        return (admin, kim, adminItem, await CreateAsync(kim, "Kim Lead One"), await CreateAsync(kim, "Kim Lead Two"));
    }

    private static async Task<string> CreateAsync(HttpClient browser, string name)
    {
        // "Kim Lead One" and "Kim Lead Two" are similar names to the duplicate rules: save anyway, as a user would here.
        var created = await browser.SubmitFormAsync("/contents/Customer/new", "/contents/Customer/new",
            new() { ["Customer.Name"] = name, ["Customer.Stage"] = "Target", ["ignoreDuplicates"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Regex.Match(created.Headers.Location!.ToString(), "/contents/Customer/([0-9A-Z]{26})").Groups[1].Value;
    }

    /// <summary>Posts the list's bulk form: several "items" values ("ID:version"), as the row checkboxes send them.</summary>
    private static async Task<HttpResponseMessage> BulkAsync(HttpClient browser, IEnumerable<(string Id, int Version)> items, params (string Name, string Value)[] fields)
    {
        var token = AntiforgeryField().Match(await browser.GetStringAsync("/contents/Customer"));
        Assert.True(token.Success, "The list has no antiforgery token.");
        var form = items.Select(i => new KeyValuePair<string, string>("items", $"{i.Id}:{i.Version}"))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)))
            .Append(new("__RequestVerificationToken", token.Groups[1].Value));
        return await browser.PostAsync("/contents/Customer/bulk", new FormUrlEncodedContent(form));
    }

    private static Task<ContentItem?> GetAsync(ContentTestHost content, string id, bool includeDeleted = false) =>
        content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(id, includeDeleted));

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Setting_a_choice_changes_the_allowed_items_and_reports_the_refused_and_stale_ones(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var (_, kim, adminItem, kimFirst, kimSecond) = await SetUpAsync(content);
        var list = await kim.GetStringAsync("/contents/Customer");
        Assert.Contains($"name=\"items\" value=\"{kimFirst}:1\"", list);
        Assert.Contains("form=\"bulk-form\"", list);

        // kimSecond is posted with a version nobody has any more.
        var response = await BulkAsync(kim, [(kimFirst, 1), (adminItem, 1), (kimSecond, 7)], ("bulkAction", "set"), ("field", "Customer.Stage"), ("option", "Customer"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TextAsync(response);
        Assert.Contains("data-changed=\"1\"", page);
        Assert.Contains($"data-failed=\"{adminItem}\" data-status=\"403\"", page);
        Assert.Contains($"data-failed=\"{kimSecond}\" data-status=\"409\"", page);
        Assert.Contains("the items counted above stay changed", page);
        Assert.Equal("Customer", (await GetAsync(content, kimFirst))!.Value("Customer", "Stage")!.GetValue<string>());
        Assert.Equal(1, (await GetAsync(content, adminItem))!.Version);
        Assert.Equal(1, (await GetAsync(content, kimSecond))!.Version);
        Assert.Contains("Stage: Target → Customer", WebUtility.HtmlDecode(await kim.GetStringAsync($"/contents/Customer/{kimFirst}")));

        var unknown = await BulkAsync(kim, [(kimSecond, 1)], ("bulkAction", "set"), ("field", "Customer.Stage"), ("option", "Lost"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'Lost' is not one of the options", await TextAsync(unknown));
        Assert.Equal(HttpStatusCode.BadRequest, (await BulkAsync(kim, [(kimSecond, 1)], ("bulkAction", "set"), ("field", "Customer.Name"), ("option", "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await BulkAsync(kim, [], ("bulkAction", "delete"))).StatusCode);
        Assert.Equal(1, (await GetAsync(content, kimSecond))!.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bulk_delete_moves_the_allowed_items_to_the_recycle_bin(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var (_, kim, adminItem, kimFirst, kimSecond) = await SetUpAsync(content);

        var response = await BulkAsync(kim, [(kimFirst, 1), (kimSecond, 1), (adminItem, 1)], ("bulkAction", "delete"));

        var page = await TextAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-changed=\"2\"", page);
        Assert.Contains($"data-failed=\"{adminItem}\" data-status=\"403\"", page);
        Assert.Contains("Admin Account", page);
        Assert.Equal(["Admin Account"], await content.NamesAsync("Customer", ""));
        Assert.NotNull((await GetAsync(content, kimFirst, includeDeleted: true))!.DeletedUtc);
        Assert.Contains($"data-deleted-item=\"{kimSecond}\"", await kim.GetStringAsync("/contents/Customer/recycle-bin"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Assigning_an_owner_by_user_name_hands_items_over_through_the_content_manager_with_history(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var (admin, kim, adminItem, kimFirst, kimSecond) = await SetUpAsync(content);
        var kimId = (await GetAsync(content, kimFirst))!.Owner!;
        var adminId = (await GetAsync(content, adminItem))!.Owner!;

        // The owner picker searches the tenant's users by name.
        Assert.Equal("""[{"id":"kim","text":"kim"}]""", await admin.GetStringAsync("/contents/Customer/owners?q=KI"));
        Assert.Contains("data-picker-options=\"/contents/Customer/owners\"", await admin.GetStringAsync("/contents/Customer"));

        var response = await BulkAsync(admin, [(adminItem, 1), (kimSecond, 1)], ("bulkAction", "assign"), ("owner", "Kim"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-changed=\"2\"", await TextAsync(response));
        var handed = (await GetAsync(content, adminItem))!;
        Assert.Equal(kimId, handed.Owner);
        Assert.Equal(2, handed.Version);
        var history = await content.RunAsync(s => s.GetRequiredService<ContentHistory>().ForItemAsync(adminItem));
        var change = history[0];
        Assert.Equal((ContentEventKind.Updated, 2, adminId), (change.Action, change.Version, change.UserId));
        Assert.Equal($$$"""{"Owner":{"from":"{{{adminId}}}","to":"{{{kimId}}}"}}""", change.Changes.ToJsonString());
        Assert.Contains($"Owner: {adminId} → {kimId}", WebUtility.HtmlDecode(await admin.GetStringAsync($"/contents/Customer/{adminItem}")));

        // Kim now owns it and may edit it; she may not hand it back to the admin with a stale version.
        var stale = await BulkAsync(kim, [(adminItem, 1)], ("bulkAction", "assign"), ("owner", "admin"));
        Assert.Contains($"data-failed=\"{adminItem}\" data-status=\"409\"", await TextAsync(stale));
        Assert.Equal(kimId, (await GetAsync(content, adminItem))!.Owner);

        var unknown = await BulkAsync(admin, [(kimFirst, 1)], ("bulkAction", "assign"), ("owner", "nobody"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("There is no user named 'nobody'.", await TextAsync(unknown));
        var empty = await BulkAsync(admin, [(kimFirst, 1)], ("bulkAction", "assign"), ("owner", ""));
        Assert.Contains("Choose the user who becomes the owner.", await TextAsync(empty));
        Assert.Equal(1, (await GetAsync(content, kimFirst))!.Version);
    }
}
