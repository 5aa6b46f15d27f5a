using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Contents;

/// <summary>The low-code type editor, driven through its forms as an administrator would.</summary>
public sealed partial class TypeEditorTests
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_type_built_in_the_editor_takes_items_at_once(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await AdminAsync(content.Host);

        var created = await admin.SubmitFormAsync("/admin/content-types", "/admin/content-types", new() { ["name"] = "Deal", ["displayName"] = "Deal" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        await AddFieldAsync(admin, "Deal", [new("Name", "Title"), new("Kind", "Text"), new("Required", "true")]);
        await AddFieldAsync(admin, "Deal", [new("Name", "Stage"), new("Kind", "Choice"), new("Options", "Open|Open deal\nWon\nLost"), new("Default", "Open")]);
        await AddFieldAsync(admin, "Deal", [new("Name", "Amount"), new("Kind", "Number"), new("Min", "0")]);
        await AddFieldAsync(admin, "Deal", [new("Name", "ClosesAt"), new("Kind", "DateTime"), new("Indexed", "true")]);
        await AddFieldAsync(admin, "Deal", [new("Name", "Customer"), new("Kind", "ContentPicker"), new("RelatedTypes", "Customer")]);

        var part = (await DefinitionsAsync(content)).FindPart("Deal")!;
        Assert.Equal(["Title", "Stage", "Amount", "ClosesAt", "Customer"], part.Fields.OrderBy(f => f.Settings.Position).Select(f => f.Name));
        Assert.True(part.Fields[0].Settings.Required);
        Assert.Equal([new ChoiceOption("Open", "Open deal"), new ChoiceOption("Won", "Won"), new ChoiceOption("Lost", "Lost")], part.Fields[1].Settings.Options);
        Assert.Equal(0m, part.Fields[2].Settings.Min);
        Assert.Equal(["Customer"], part.Fields[4].Settings.RelatedTypes);
        Assert.Contains(await IndexesAsync(content), i => i.StartsWith("cx_deal_deal_closesat_", StringComparison.Ordinal));

        // Same host, no restart: the new definitions are used for items at once.
        var customer = await content.CreateAsync("Customer", """{ "Name": "Acme" }""");
        var deal = await content.CreateAsync("Deal", $$"""{ "Title": "Big one", "Amount": 1200, "ClosesAt": "2026-12-01T09:00:00Z", "Customer": "{{customer.Id}}" }""");
        Assert.Equal("Open", deal.Value("Deal", "Stage")!.GetValue<string>());
        await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync("Deal", """{ "Title": "Negative", "Amount": -1 }"""));
        await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync("Deal", """{ "Amount": 5 }"""));

        var list = await admin.GetStringAsync("/admin/content-types");
        Assert.Matches("data-type=\"Deal\"[\\s\\S]*?>1</td>", list);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Fields_are_reordered_settings_saved_and_a_removed_field_purged(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await AdminAsync(content.Host);

        var moved = await PostAsync(admin, "/admin/content-types/Customer", "/admin/content-types/Customer/fields/Grade/move", [new("direction", "up")]);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var fields = (await DefinitionsAsync(content)).FindPart("Customer")!.Fields.OrderBy(f => f.Settings.Position).Select(f => f.Name).ToList();
        Assert.True(fields.IndexOf("Grade") < fields.IndexOf("Stage"), string.Join(", ", fields));
        Assert.Matches("data-field=\"Grade\"[\\s\\S]*data-field=\"Stage\"", await admin.GetStringAsync("/admin/content-types/Customer"));

        var saved = await PostAsync(admin, "/admin/content-types/Customer", "/admin/content-types/Customer",
        [
            new("DisplayName", "Client"), new("Listable", "true"), new("Securable", "true"), new("DisplayText", "{{ Name }} / {{ Company }}"),
            new("ListColumns", "Company"), new("ListColumns", "Name"), new("ListColumns", "ModifiedUtc"), new("KanbanField", "Grade"),
        ]);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var type = (await DefinitionsAsync(content)).FindType("Customer")!;
        Assert.Equal("Client", type.DisplayName);
        Assert.False(type.Settings.Creatable);
        Assert.True(type.Settings.Securable);
        Assert.Equal(["Company", "Name", "ModifiedUtc"], type.Settings.ListColumns);
        Assert.Equal("Grade", type.Settings.KanbanField);
        Assert.Single(type.Settings.CompositeIndexes); // not on the form, so kept

        var inUse = await PostAsync(admin, "/admin/content-types/Customer", "/admin/content-types/Customer/fields/Phone/remove", []);
        Assert.Equal(HttpStatusCode.BadRequest, inUse.StatusCode); // a duplicate rule compares it
        Assert.Contains("SamePhone", await inUse.Content.ReadAsStringAsync());
        Assert.Contains((await DefinitionsAsync(content)).FindPart("Customer")!.Fields, f => f.Name == "Phone");

        var item = await content.CreateAsync("Customer", """{ "Name": "Acme", "Tags": [ "vip" ] }""");
        var removed = await PostAsync(admin, "/admin/content-types/Customer", "/admin/content-types/Customer/fields/Tags/remove", []);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Contains("data-removed-field=\"Tags\"", await removed.Content.ReadAsStringAsync());
        Assert.NotNull((await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(item.Id)))!.Value("Customer", "Tags"));

        var purged = await PostAsync(admin, "/admin/content-types/Customer", "/admin/content-types/Customer/fields/Tags/purge", []);
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.Contains("1 item(s)", WebUtility.HtmlDecode(await purged.Content.ReadAsStringAsync()));
        Assert.Null((await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(item.Id)))!.Value("Customer", "Tags"));
        Assert.Empty((await DefinitionsAsync(content)).FindPart("Customer")!.RemovedFields);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Composite_indexes_are_added_and_removed_and_a_type_with_items_needs_confirmation(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await AdminAsync(content.Host);

        var added = await PostAsync(admin, "/admin/content-types/Activity", "/admin/content-types/Activity/indexes", [new("name", "SubjectDue"), new("fields", "Subject\nDueAt desc")]);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains(await IndexesAsync(content), i => i.StartsWith("cx_activity_subjectdue_", StringComparison.Ordinal));
        var single = await PostAsync(admin, "/admin/content-types/Activity", "/admin/content-types/Activity/indexes", [new("name", "JustOne"), new("fields", "Subject")]);
        Assert.Equal(HttpStatusCode.BadRequest, single.StatusCode);
        Assert.Contains("2 to 6 fields", await single.Content.ReadAsStringAsync());
        await PostAsync(admin, "/admin/content-types/Activity", "/admin/content-types/Activity/indexes/SubjectDue/remove", []);
        Assert.DoesNotContain(await IndexesAsync(content), i => i.StartsWith("cx_activity_subjectdue_", StringComparison.Ordinal));

        await admin.SubmitFormAsync("/admin/content-types", "/admin/content-types", new() { ["name"] = "Note", ["displayName"] = "Note" });
        await AddFieldAsync(admin, "Note", [new("Name", "Body"), new("Kind", "Markdown")]);
        await content.CreateAsync("Note", """{ "Body": "hello" }""");
        var refused = await PostAsync(admin, "/admin/content-types/Note", "/admin/content-types/Note/delete", []);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("still has 1 item", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.NotNull((await DefinitionsAsync(content)).FindType("Note"));

        var deleted = await PostAsync(admin, "/admin/content-types/Note", "/admin/content-types/Note/delete", [new("deleteItems", "true")]);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Null((await DefinitionsAsync(content)).FindType("Note"));
        Assert.Equal(0, await content.CountAsync("Note"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_is_shown_next_to_the_field_and_nothing_changes(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await AdminAsync(content.Host);
        var before = Snapshot(await DefinitionsAsync(content));

        var reserved = await admin.SubmitFormAsync("/admin/content-types", "/admin/content-types", new() { ["name"] = "Order", ["displayName"] = "Order" });
        Assert.Equal(HttpStatusCode.BadRequest, reserved.StatusCode);
        Assert.Contains("Type name 'Order' is a reserved word", WebUtility.HtmlDecode(await reserved.Content.ReadAsStringAsync()));

        var noOptions = await PostAsync(admin, "/admin/content-types/Customer/fields/new", "/admin/content-types/Customer/fields/new", [new("Name", "Segment"), new("Kind", "Choice")]);
        Assert.Equal(HttpStatusCode.BadRequest, noOptions.StatusCode);
        Assert.Matches("id=\"field-options\"[\\s\\S]*?invalid-feedback\">a choice field needs at least one option<", await noOptions.Content.ReadAsStringAsync());

        var minAboveMax = await PostAsync(admin, "/admin/content-types/Customer/fields/Employees", "/admin/content-types/Customer/fields/Employees",
            [new("Kind", "Number"), new("Min", "10"), new("Max", "5"), new("Indexed", "true")]);
        Assert.Equal(HttpStatusCode.BadRequest, minAboveMax.StatusCode);
        Assert.Contains("Min (10) is greater than Max (5)", WebUtility.HtmlDecode(await minAboveMax.Content.ReadAsStringAsync()));

        var badKanban = await PostAsync(admin, "/admin/content-types/Customer", "/admin/content-types/Customer", [new("DisplayName", "Customer"), new("KanbanField", "Name")]);
        Assert.Equal(HttpStatusCode.BadRequest, badKanban.StatusCode);
        Assert.Contains("must be a single choice field", WebUtility.HtmlDecode(await badKanban.Content.ReadAsStringAsync()));

        Assert.Equal(before, Snapshot(await DefinitionsAsync(content)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_type_managers_reach_the_editor_and_every_post_needs_the_token(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await AdminAsync(content.Host);
        await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "kim", ["email"] = "kim@example.com", ["password"] = "Kim-Password-1", ["roleNames"] = "SalesRep" });
        var kim = content.Host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await kim.LoginAsync("", "kim", "Kim-Password-1")).StatusCode);
        var kimToken = AntiforgeryField().Match(await kim.GetStringAsync("/admin")).Groups[1].Value;
        Assert.NotEmpty(kimToken);

        string[] pages = ["/admin/content-types", "/admin/content-types/Customer", "/admin/content-types/Customer/fields/new", "/admin/content-types/Customer/fields/Name"];
        foreach (var page in pages)
        {
            var response = await kim.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/denied"), $"GET {page}: {response.StatusCode}");
        }
        var before = Snapshot(await DefinitionsAsync(content));
        foreach (var action in Posts)
        {
            var response = await kim.PostAsync(action, new FormUrlEncodedContent([new("__RequestVerificationToken", kimToken), new("Name", "Sneaky"), new("Kind", "Text"), new("direction", "up")]));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/denied"), $"POST {action}: {response.StatusCode}");
            var forged = await admin.PostAsync(action, new FormUrlEncodedContent([new("Name", "Sneaky"), new("Kind", "Text"), new("name", "Sneaky"), new("direction", "up")]));
            Assert.True(forged.StatusCode == HttpStatusCode.BadRequest, $"POST {action} without token: {forged.StatusCode}");
        }
        Assert.Equal(before, Snapshot(await DefinitionsAsync(content)));
    }

    private static readonly string[] Posts =
    [
        "/admin/content-types", "/admin/content-types/Customer", "/admin/content-types/Activity/delete",
        "/admin/content-types/Customer/fields/new", "/admin/content-types/Customer/fields/Name", "/admin/content-types/Customer/fields/Grade/move",
        "/admin/content-types/Customer/fields/Company/remove", "/admin/content-types/Customer/fields/Company/purge",
        "/admin/content-types/Customer/indexes", "/admin/content-types/Customer/indexes/StageGradeActivity/remove",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_editor_speaks_Korean(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var browser = content.Host.Browser("ko-KR");
        await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var list = await browser.GetStringAsync("/admin/content-types");
        Assert.Contains("새 콘텐츠 유형", list);
        Assert.Contains("유형 만들기", list);
        var type = await browser.GetStringAsync("/admin/content-types/Customer");
        Assert.Contains("필드 추가", type);
        Assert.Contains("복합 인덱스", type);
        Assert.Contains("선택 항목", await browser.GetStringAsync("/admin/content-types/Customer/fields/new"));
    }

    private static async Task<HttpClient> AdminAsync(CrmTestHost host)
    {
        var admin = host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        return admin;
    }

    /// <summary>Posts a form from its page with the page's token; fields may repeat (list columns, related types).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string pageUrl, string postUrl, List<KeyValuePair<string, string>> fields)
    {
        var token = AntiforgeryField().Match(await browser.GetStringAsync(pageUrl));
        Assert.True(token.Success, $"No antiforgery token on {pageUrl}");
        fields.Add(new("__RequestVerificationToken", token.Groups[1].Value));
        return await browser.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }

    private static async Task AddFieldAsync(HttpClient admin, string type, List<KeyValuePair<string, string>> fields)
    {
        var response = await PostAsync(admin, $"/admin/content-types/{type}/fields/new", $"/admin/content-types/{type}/fields/new", fields);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{fields[0].Value}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static Task<ContentDefinitions> DefinitionsAsync(ContentTestHost content) =>
        content.RunAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetAsync());

    private static string Snapshot(ContentDefinitions definitions) =>
        System.Text.Json.JsonSerializer.Serialize(new { definitions.Types, definitions.Parts }, ContentJson.Options);

    private static Task<IReadOnlyList<string>> IndexesAsync(ContentTestHost content) =>
        content.RunAsync(async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            return db.Dialect.Provider == DatabaseProvider.Sqlite
                ? await db.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'cx%' ORDER BY name")
                : await db.QueryAsync<string>("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE 'cx%' ORDER BY indexname");
        });
}
