using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Core.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Web.Tests.Infrastructure;

/// <summary>The default tenant made from the shipped crm recipe (CRM modules, roles, workflows), with a fake clock and shortcuts.</summary>
public sealed partial class CrmRecipeHost : IAsyncDisposable
{
    public const string StaffPassword = "Staff-Password-1";

    /// <summary>Monday 2026-11-23 09:00 in Seoul (the crm recipe's time zone).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private CrmRecipeHost(CrmTestHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
    }

    public CrmTestHost Host { get; }
    public FakeTimeProvider Clock { get; }

    /// <param name="settings">More configuration, e.g. Crm:Samples:Create=true for the sample data.</param>
    /// <param name="services">Extra registrations, e.g. a fake at a module's boundary to the outside world.</param>
    public static async Task<CrmRecipeHost> StartAsync(DatabaseProvider provider, string recipe = "crm", IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var clock = new FakeTimeProvider(Start);
        var configuration = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Crm:DefaultRecipe"] = recipe };
        var host = await CrmTestHost.StartAsync(provider, clock, services, configuration);
        return new CrmRecipeHost(host, clock);
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        T result = default!;
        await Host.InTenantAsync("Default", async s => result = await action(s));
        return result;
    }

    public Task<string> AdminIdAsync() => RunAsync(async s => (await s.GetRequiredService<IUserDirectory>().IdOfAsync("admin"))!);

    public Task<ContentItem> CreateAsync(string type, string json, string? owner = null) =>
        RunAsync(s => s.GetRequiredService<ContentManager>().CreateAsync(type, JsonNode.Parse(json)!.AsObject(), owner));

    public Task<ContentItem> UpdateAsync(ContentItem item, string json) =>
        RunAsync(async s =>
        {
            var manager = s.GetRequiredService<ContentManager>();
            var current = await manager.GetAsync(item.Id) ?? throw new InvalidOperationException($"No item {item.Id}.");
            return await manager.UpdateAsync(item.Id, JsonNode.Parse(json)!.AsObject(), current.Version);
        });

    public Task<ContentItem> GetAsync(string id) => RunAsync(async s => (await s.GetRequiredService<ContentManager>().GetAsync(id))!);

    /// <summary>Every live item of a type matching the URL-form filter, oldest first.</summary>
    public Task<IReadOnlyList<ContentItem>> ItemsAsync(string type, string filter = "") => RunAsync(async s =>
        (await s.GetRequiredService<ContentQuery>().QueryAsync(new ContentQueryRequest
        {
            ContentType = type, Filter = FilterText.Parse(filter), OrderBy = ["CreatedUtc", "Id"], First = 1000,
        })).Items);

    public Task<T?> ScalarAsync<T>(string sql, object? args = null) => RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<T>(sql, args));

    /// <summary>Runs the scheduler until no tenant is due at the fake clock's current time.</summary>
    public Task RunDueAsync() => Host.RunAllDueWorkAsync();

    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await RunDueAsync();
    }

    /// <summary>The admin, signed in.</summary>
    public async Task<HttpClient> AdminAsync()
    {
        var admin = Host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);
        return admin;
    }

    /// <summary>A new user with the given roles (made by the Users recipe step), signed in; returns the browser and the user's id.</summary>
    public async Task<(HttpClient Browser, string UserId)> StaffAsync(string userName, params string[] roles)
    {
        var recipe = new JsonObject
        {
            ["name"] = "staff",
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "Users",
                ["Users"] = new JsonArray(new JsonObject
                {
                    ["UserName"] = userName, ["Email"] = $"{userName}@example.com", ["Password"] = StaffPassword,
                    ["Roles"] = new JsonArray(roles.Select(r => (JsonNode)r).ToArray()),
                }),
            }),
        };
        await Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(recipe.ToJsonString(), "staff"), CancellationToken.None));
        var browser = Host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", userName, StaffPassword)).StatusCode);
        return (browser, (await RunAsync(s => s.GetRequiredService<IUserDirectory>().IdOfAsync(userName)))!);
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>A form post carrying the antiforgery token of <paramref name="page"/> (a page the same browser opened), as the page's forms do.</summary>
    public static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", Token(page))));

    /// <summary>
    /// A settings form as the page shows it, ready to change and post back: the value of every named box whose id matches
    /// <paramref name="idPattern"/> (a regular expression), by name, and the page's antiforgery token.
    /// </summary>
    public static Dictionary<string, string> Boxes(string page, string idPattern)
    {
        var fields = Regex.Matches(page, $"<input id=\"(?:{idPattern})\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        fields["__RequestVerificationToken"] = Token(page);
        return fields;
    }

    /// <summary>The antiforgery token of a page (every admin page has one in the header's sign-out form).</summary>
    public static string Token(string page)
    {
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, "The page has no antiforgery token.");
        return token.Groups[1].Value;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
