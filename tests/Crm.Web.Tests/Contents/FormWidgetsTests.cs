using System.Net;
using System.Text.Json;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Contents;

public sealed class FormWidgetsTests
{
    private const string Options = "/contents/Activity/Activity.Customer/options";

    private static async Task<HttpClient> SignInAsync(ContentTestHost content, string user = "admin", string password = CrmTestHost.AdminPassword)
    {
        var browser = content.Host.Browser("en-US");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", user, password)).StatusCode);
        return browser;
    }

    private static async Task<List<(string Id, string Text)>> OptionsAsync(HttpClient browser, string q)
    {
        var response = await browser.GetAsync($"{Options}?q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray().Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("text").GetString()!)).ToList();
    }

    private static Task AddRoleAsync(ContentTestHost content, string role, params string[] permissions) =>
        content.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(
            JsonSerializer.Serialize(new { name = "roles", steps = new[] { new { name = "Roles", Roles = new[] { new { Name = role, AddPermissions = permissions } } } } }),
            "roles"), CancellationToken.None));

    private static async Task<HttpClient> AddUserAsync(ContentTestHost content, HttpClient admin, string user, string role)
    {
        var password = $"{char.ToUpperInvariant(user[0])}{user[1..]}-Password-1";
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = user, ["email"] = $"{user}@example.com", ["password"] = password, ["roleNames"] = role })).StatusCode);
        return await SignInAsync(content, user, password);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_picker_finds_live_customers_by_part_of_their_name_up_to_the_limit(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var acme = await content.CreateAsync("Customer", """{ "Name": "Acme Trading", "Stage": "Target" }""");
        await content.CreateAsync("Customer", """{ "Name": "Birch Foods", "Stage": "Target" }""");
        await content.CreateAsync("Customer", """{ "Name": "100% Cotton", "Stage": "Target" }""");
        var gone = await content.CreateAsync("Customer", """{ "Name": "Acme Gone", "Stage": "Target" }""");
        await content.RunAsync(s => s.GetRequiredService<Crm.Core.Content.Store.ContentManager>().DeleteAsync(gone.Id, gone.Version));
        for (var i = 0; i < 25; i++) await content.CreateAsync("Customer", $$"""{ "Name": "Bulk {{i:00}}", "Stage": "Target" }""");
        var admin = await SignInAsync(content);

        Assert.Equal([(acme.Id, "Acme Trading")], await OptionsAsync(admin, "ME tra"));
        Assert.Equal(["100% Cotton"], (await OptionsAsync(admin, "%")).Select(o => o.Text));
        var bulk = await OptionsAsync(admin, "bulk");
        Assert.Equal(20, bulk.Count);
        Assert.Equal("Bulk 00", bulk[0].Text);
        Assert.Empty(await OptionsAsync(admin, "nothing like this"));

        // The form's picker asks this endpoint, and the plain select stays for browsers without JavaScript.
        var form = await admin.GetStringAsync("/contents/Activity/new");
        Assert.Contains($"data-picker-options=\"{Options}\"", form);
        Assert.Contains("lib/tom-select/tom-select.complete.min.js?v=", form);
        Assert.Contains("name=\"Activity.Customer:ids\"", form);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_picker_offers_only_what_the_user_may_see_and_refuses_unknown_fields_and_strangers(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await AddRoleAsync(content, "Assistant", "ViewOwnContent", "CreateContent", "EditOwnContent");
        await AddRoleAsync(content, "Outsider", "CreateContent");
        await content.CreateAsync("Customer", """{ "Name": "Acme Admin's", "Stage": "Target" }""");
        var admin = await SignInAsync(content);
        var park = await AddUserAsync(content, admin, "park", "Assistant");
        Assert.Equal(HttpStatusCode.Redirect, (await park.SubmitFormAsync("/contents/Customer/new", "/contents/Customer/new",
            new() { ["Customer.Name"] = "Acme Park's", ["Customer.Stage"] = "Target" })).StatusCode);
        var lee = await AddUserAsync(content, admin, "lee", "Outsider");

        Assert.Equal(["Acme Admin's", "Acme Park's"], (await OptionsAsync(admin, "acme")).Select(o => o.Text));
        Assert.Equal(["Acme Park's"], (await OptionsAsync(park, "acme")).Select(o => o.Text));

        Assert.Equal(HttpStatusCode.Forbidden, (await lee.GetAsync($"{Options}?q=acme")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/contents/Nothing/Activity.Customer/options?q=a")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/contents/Activity/Activity.Nothing/options?q=a")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/contents/Activity/Activity.Subject/options?q=a")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_markdown_preview_renders_sanitised_html_and_needs_the_antiforgery_token(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);
        const string preview = "/contents/preview-markdown?field=Notes";

        var response = await admin.SubmitFormAsync("/contents/Customer/new", preview,
            new() { ["Notes"] = "Call **today**\n\n<script>alert('x')</script>\n\n[link](javascript:alert(1))" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>today</strong>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);

        var forged = await admin.PostAsync(preview, new FormUrlEncodedContent(new Dictionary<string, string> { ["Notes"] = "**x**" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
