using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Contents;

public sealed partial class SavedViewsTests
{
    private const string List = "/contents/Customer";
    private const string Views = "/contents/Customer/views";

    [GeneratedRegex("[?&]view=([0-9A-Z]{26})")]
    private static partial Regex ViewId();

    private static async Task<HttpClient> SignInAsync(ContentTestHost content, string user = "admin", string password = CrmTestHost.AdminPassword, string language = "en-US")
    {
        var browser = content.Host.Browser(language);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", user, password)).StatusCode);
        return browser;
    }

    private static async Task<HttpClient> SalesRepAsync(ContentTestHost content, HttpClient admin)
    {
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "kim", ["email"] = "kim@example.com", ["password"] = "Kim-Password-1", ["roleNames"] = "SalesRep" })).StatusCode);
        return await SignInAsync(content, "kim", "Kim-Password-1");
    }

    private static async Task<ContentTestHost> StartWithCustomersAsync(DatabaseProvider provider)
    {
        var content = await ContentTestHost.StartAsync(provider);
        foreach (var (name, stage) in new[] { ("Amber", "Prospect"), ("Birch", "Prospect"), ("Delta", "Target") })
        {
            await content.CreateAsync("Customer", $$"""{ "Name": "{{name}}", "Stage": "{{stage}}" }""");
        }
        return content;
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient browser, string name, string filter = "Stage:eq:Prospect", bool shared = false, string q = "")
    {
        var fields = new Dictionary<string, string> { ["name"] = name, ["filter"] = filter, ["q"] = q, ["sort"] = "" };
        if (shared) fields["shared"] = "true";
        return browser.SubmitFormAsync(List, Views, fields);
    }

    private static string IdOf(HttpResponseMessage saved)
    {
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return ViewId().Match(saved.Headers.Location!.ToString()).Groups[1].Value;
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static int Rows(string page) => Regex.Matches(page, "<tr data-item=").Count;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_personal_view_applies_its_query_and_is_invisible_to_other_users(DatabaseProvider provider)
    {
        await using var content = await StartWithCustomersAsync(provider);
        var admin = await SignInAsync(content);

        var id = IdOf(await SaveAsync(admin, "Open prospects", q: "ch"));
        var applied = await TextAsync(await admin.GetAsync($"{List}?view={id}"));
        Assert.Equal(1, Rows(applied)); // prospects whose name contains "ch": Birch
        Assert.Contains("Birch", applied);
        Assert.DoesNotContain("Delta", applied);
        Assert.Contains($"data-view=\"{id}\"", applied);
        // The URL's own values win over the view's.
        Assert.Equal(2, Rows(await admin.GetStringAsync($"{List}?view={id}&q=")));

        var kim = await SalesRepAsync(content, admin);
        Assert.DoesNotContain(id, await kim.GetStringAsync(List));
        Assert.Equal(HttpStatusCode.NotFound, (await kim.GetAsync($"{List}?view={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kim.SubmitFormAsync(List, $"{Views}/{id}/delete", [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{List}?view={id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(List, $"{Views}/{id}/delete", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{List}?view={id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shared_view_is_seen_and_applied_by_everyone_but_changed_only_with_ManageContentTypes(DatabaseProvider provider)
    {
        await using var content = await StartWithCustomersAsync(provider);
        var admin = await SignInAsync(content);
        var shared = IdOf(await SaveAsync(admin, "Targets", filter: "Stage:eq:Target", shared: true));
        var kim = await SalesRepAsync(content, admin);

        var list = await kim.GetStringAsync(List);
        Assert.Contains($"data-view=\"{shared}\"", list);
        Assert.DoesNotContain($"data-delete-view=\"{shared}\"", list);
        Assert.DoesNotContain("name=\"shared\"", list);
        var applied = await TextAsync(await kim.GetAsync($"{List}?view={shared}"));
        Assert.Equal(1, Rows(applied));
        Assert.Contains("Delta", applied);

        Assert.Equal(HttpStatusCode.Forbidden, (await kim.SubmitFormAsync(List, $"{Views}/{shared}/delete", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SaveAsync(kim, "Kim's shared", shared: true)).StatusCode);
        Assert.Contains($"data-view=\"{shared}\"", await admin.GetStringAsync(List));

        // Kim's personal views are hers to make and remove; the shared name does not clash with a personal one.
        var own = IdOf(await SaveAsync(kim, "Targets"));
        Assert.Contains($"data-delete-view=\"{own}\"", await kim.GetStringAsync(List));
        Assert.Equal(HttpStatusCode.Redirect, (await kim.SubmitFormAsync(List, $"{Views}/{own}/delete", [])).StatusCode);
        Assert.DoesNotContain($"data-view=\"{own}\"", await kim.GetStringAsync(List));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_duplicate_name_or_a_bad_filter_is_refused_with_400(DatabaseProvider provider)
    {
        await using var content = await StartWithCustomersAsync(provider);
        var admin = await SignInAsync(content);
        IdOf(await SaveAsync(admin, "Prospects"));

        var duplicate = await SaveAsync(admin, "prospects", filter: "Stage:eq:Target");
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("A view named 'prospects' already exists.", await TextAsync(duplicate));

        var bad = await SaveAsync(admin, "Colours", filter: "Colour:eq:Red");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badText = await TextAsync(bad);
        Assert.Contains("The filter or sort cannot be used", badText);
        Assert.Contains("Colour", badText);

        Assert.Equal(HttpStatusCode.BadRequest, (await SaveAsync(admin, "  ")).StatusCode);
        var list = await admin.GetStringAsync(List);
        Assert.Single(Regex.Matches(list, "data-view=\""));
    }

    [Fact]
    public async Task Korean_users_get_korean_labels()
    {
        await using var content = await StartWithCustomersAsync(DatabaseProvider.Sqlite);
        var admin = await SignInAsync(content, language: "ko-KR");

        var list = await TextAsync(await admin.GetAsync(List));

        Assert.Contains("저장된 보기", list);
        Assert.Contains("현재 보기 저장", list);
    }
}
