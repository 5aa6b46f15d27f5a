using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Contents;

public sealed partial class KanbanTests
{
    private const string Board = "/contents/Customer/kanban";

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private static async Task<HttpClient> SignInAsync(ContentTestHost content, string user = "admin", string password = CrmTestHost.AdminPassword, string language = "en-US")
    {
        var browser = content.Host.Browser(language);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", user, password)).StatusCode);
        return browser;
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]*/move)\"[^>]*data-move-form>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex MoveForm();

    /// <summary>The move form the board renders on a card: where it posts and the antiforgery token inside it.</summary>
    private static async Task<(string Action, string Token)> MoveFormAsync(HttpClient browser, string cardId)
    {
        var form = MoveForm().Matches(await browser.GetStringAsync(Board)).FirstOrDefault(m => m.Groups[1].Value.EndsWith($"/{cardId}/move", StringComparison.Ordinal));
        Assert.True(form is not null, $"The board shows no move form on card {cardId}.");
        var token = AntiforgeryField().Match(form.Groups[2].Value);
        Assert.True(token.Success, $"The move form of card {cardId} has no antiforgery token.");
        return (form.Groups[1].Value, token.Groups[1].Value);
    }

    /// <summary>
    /// Posts a move as the card's form (or the board's script, with JSON when <paramref name="json"/>) does, with the token of
    /// the form rendered on that card. A crafted request for a card the user may not move takes the token from the form on
    /// the user's own card <paramref name="tokenFrom"/>.
    /// </summary>
    private static async Task<HttpResponseMessage> MoveAsync(HttpClient browser, string id, string to, int version, bool json = false, string? tokenFrom = null)
    {
        var (action, token) = await MoveFormAsync(browser, tokenFrom ?? id);
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenFrom is null ? action : $"/contents/Customer/{id}/move")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["to"] = to, ["version"] = version.ToString(), ["__RequestVerificationToken"] = token,
            }),
        };
        if (json) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await browser.SendAsync(request);
    }

    private static Task<ContentItem?> GetAsync(ContentTestHost content, string id) =>
        content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(id));

    private static string? StageOf(ContentItem? item) => item?.Value("Customer", "Stage")?.GetValue<string>();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_board_has_a_column_per_option_and_none_and_caps_each_column_with_a_link_to_the_list(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var first = await content.CreateAsync("Customer", """{ "Name": "Amber Foods", "Stage": "Target" }""");
        var second = await content.CreateAsync("Customer", """{ "Name": "Birch & Co", "Stage": "Target" }""");
        var prospect = await content.CreateAsync("Customer", """{ "Name": "Cobalt", "Stage": "Prospect" }""");
        var admin = await SignInAsync(content);

        var page = await admin.GetStringAsync(Board);
        foreach (var column in new[] { "Target", "Prospect", "Customer", "" }) Assert.Contains($"data-column=\"{column}\"", page);
        Assert.Contains("(none)", page);
        Assert.Contains($"href=\"/contents/Customer/{prospect.Id}\">Cobalt</a>", page);
        Assert.Contains("Birch &amp; Co", page);
        Assert.Contains($"data-card=\"{first.Id}\" data-version=\"1\" draggable=\"true\"", page);
        Assert.DoesNotContain("data-more", page);

        var capped = await admin.GetStringAsync(Board + "?size=1");
        Assert.Single(Regex.Matches(capped, "data-more href=\"([^\"]+)\""));
        var more = WebUtility.HtmlDecode(Regex.Match(capped, "data-more href=\"([^\"]+)\"").Groups[1].Value);
        Assert.Equal("/contents/Customer?filter=Stage%3Aeq%3ATarget", more);
        var list = await admin.GetStringAsync(more);
        Assert.Contains(first.Id, list);
        Assert.Contains(second.Id, list);
        Assert.DoesNotContain(prospect.Id, list);

        Assert.Contains("href=\"/contents/Customer/kanban\"", await admin.GetStringAsync("/contents/Customer"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/contents/Activity/kanban")).StatusCode); // no kanban field
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_move_changes_only_the_stage_records_history_and_a_stale_or_unknown_move_is_refused(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var item = await content.CreateAsync("Customer", """{ "Name": "Delta Labs", "Stage": "Target", "Grade": "B" }""");
        var admin = await SignInAsync(content);

        // Without JavaScript: the per-card form, answered with a redirect back to the board.
        var moved = await MoveAsync(admin, item.Id, "Prospect", 1);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal("/contents/Customer/kanban?notice=moved", moved.Headers.Location!.ToString());
        var after = await GetAsync(content, item.Id);
        Assert.Equal("Prospect", StageOf(after));
        Assert.Equal("B", after!.Value("Customer", "Grade")!.GetValue<string>());
        Assert.Equal(2, after.Version);
        Assert.Contains("Stage: Target → Prospect", WebUtility.HtmlDecode(await admin.GetStringAsync($"/contents/Customer/{item.Id}")));

        // The script's fetch gets the new version as JSON.
        var json = await MoveAsync(admin, item.Id, "Customer", 2, json: true);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        using (var answer = JsonDocument.Parse(await json.Content.ReadAsStringAsync()))
        {
            Assert.True(answer.RootElement.GetProperty("moved").GetBoolean());
            Assert.Equal(3, answer.RootElement.GetProperty("version").GetInt32());
        }

        // A second tab still holds version 2: refused, nothing changes.
        var stale = await MoveAsync(admin, item.Id, "Target", 2);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone changed this item meanwhile", await stale.Content.ReadAsStringAsync());
        var staleJson = await MoveAsync(admin, item.Id, "Target", 2, json: true);
        Assert.Equal(HttpStatusCode.Conflict, staleJson.StatusCode);
        using (var answer = JsonDocument.Parse(await staleJson.Content.ReadAsStringAsync()))
        {
            Assert.False(answer.RootElement.GetProperty("moved").GetBoolean());
            Assert.Contains("The card went back", answer.RootElement.GetProperty("message").GetString());
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync(admin, item.Id, "Lost", 3)).StatusCode);
        // "(none)" is a column, but Stage is required: the content manager refuses the empty value.
        var none = await MoveAsync(admin, item.Id, "", 3);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("is required", await none.Content.ReadAsStringAsync());
        var last = await GetAsync(content, item.Id);
        Assert.Equal("Customer", StageOf(last));
        Assert.Equal(3, last!.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_sales_rep_moves_own_cards_but_not_other_peoples(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        var admin = await SignInAsync(content);
        var created = await admin.SubmitFormAsync("/contents/Customer/new", "/contents/Customer/new", new() { ["Customer.Name"] = "Admin Account", ["Customer.Stage"] = "Target" });
        var adminItem = Regex.Match(created.Headers.Location!.ToString(), "/contents/Customer/([0-9A-Z]{26})").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "kim", ["email"] = "kim@example.com", ["password"] = "Kim-Password-1", ["roleNames"] = "SalesRep" })).StatusCode);
        var kim = await SignInAsync(content, "kim", "Kim-Password-1");
        var own = await kim.SubmitFormAsync("/contents/Customer/new", "/contents/Customer/new", new() { ["Customer.Name"] = "Kim's Lead", ["Customer.Stage"] = "Target" });
        var ownItem = Regex.Match(own.Headers.Location!.ToString(), "/contents/Customer/([0-9A-Z]{26})").Groups[1].Value;

        var page = await kim.GetStringAsync(Board);
        Assert.Contains($"data-card=\"{adminItem}\" data-version=\"1\" draggable=\"false\"", page);
        Assert.DoesNotContain($"/contents/Customer/{adminItem}/move", page);
        Assert.Contains($"/contents/Customer/{ownItem}/move", page);

        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(kim, adminItem, "Prospect", 1, tokenFrom: ownItem)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(kim, adminItem, "Prospect", 1, json: true, tokenFrom: ownItem)).StatusCode);
        Assert.Equal("Target", StageOf(await GetAsync(content, adminItem)));
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(kim, ownItem, "Prospect", 1)).StatusCode);
        Assert.Equal("Prospect", StageOf(await GetAsync(content, ownItem)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Own_only_users_see_only_their_cards_and_export_only_their_rows(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider);
        await content.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse("""
            { "name": "own-only", "steps": [ { "name": "Roles", "Roles": [
                { "Name": "Assistant", "AddPermissions": [ "ViewOwnContent", "CreateContent", "EditOwnContent", "ExportContent" ] } ] } ] }
            """, "own-only"), CancellationToken.None));
        var other = await content.CreateAsync("Customer", """{ "Name": "Someone Else's", "Stage": "Target" }""");
        var admin = await SignInAsync(content);
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "park", ["email"] = "park@example.com", ["password"] = "Park-Password-1", ["roleNames"] = "Assistant" })).StatusCode);
        var park = await SignInAsync(content, "park", "Park-Password-1");
        var own = await park.SubmitFormAsync("/contents/Customer/new", "/contents/Customer/new", new() { ["Customer.Name"] = "Park's Lead", ["Customer.Stage"] = "Target" });
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        var ownItem = Regex.Match(own.Headers.Location!.ToString(), "/contents/Customer/([0-9A-Z]{26})").Groups[1].Value;

        var page = await park.GetStringAsync(Board);
        Assert.Contains("Park&#x27;s Lead", page);
        Assert.DoesNotContain(other.Id, page);
        Assert.Contains("You see only the items you own.", page);
        Assert.Contains(other.Id, await admin.GetStringAsync(Board));

        var csv = await park.GetStringAsync("/contents/Customer/export.csv");
        Assert.Contains("Park's Lead", csv);
        Assert.DoesNotContain(other.Id, csv);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(park, other.Id, "Prospect", 1, tokenFrom: ownItem)).StatusCode);
    }

    [Fact]
    public async Task Korean_users_get_a_korean_board()
    {
        await using var content = await ContentTestHost.StartAsync(DatabaseProvider.Sqlite);
        await content.CreateAsync("Customer", """{ "Name": "한빛상사", "Stage": "Target" }""");
        var admin = await SignInAsync(content, language: "ko-KR");

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(Board));
        Assert.Contains("(없음)", page);
        Assert.Contains("이동할 열", page);
        Assert.Contains("한빛상사", page);
    }
}
