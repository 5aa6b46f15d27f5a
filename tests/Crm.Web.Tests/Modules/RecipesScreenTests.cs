using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Modules;

public sealed partial class RecipesScreenTests
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string json)
    {
        var token = Token().Match(await browser.GetStringAsync("/admin/recipes")).Groups[1].Value;
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "recipe", "upload.recipe.json");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await browser.PostAsync("/admin/recipes/run", form);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_uploaded_recipe_runs_on_this_tenant_and_the_tenant_exports_as_a_recipe(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var admin = host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var ran = await UploadAsync(admin, SalesRecipe.Json);
        Assert.Equal(HttpStatusCode.OK, ran.StatusCode);
        Assert.Contains("Recipe 'sales-model' ran: 1 steps", WebUtility.HtmlDecode(await ran.Content.ReadAsStringAsync()));

        var export = await admin.GetAsync("/admin/recipes/export");
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        var recipe = await export.Content.ReadAsStringAsync();
        Assert.Contains("\"ContentDefinition\"", recipe);
        Assert.Contains("\"StageGradeActivity\"", recipe);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_recipe_is_refused_with_its_step_and_path_and_changes_nothing(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var admin = host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var refused = await UploadAsync(admin, """{ "name": "bad", "steps": [ { "name": "Settings", "SiteName": "Changed" }, { "name": "Nope" } ] }""");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("step 1 at $.steps[1].name: unknown step 'Nope'", page);
        string? siteName = null;
        await host.InTenantAsync("Default", async s => siteName = await s.GetRequiredService<SiteSettings>().GetStringAsync("SiteName"));
        Assert.Equal("CrmPlatform", siteName); // the first step did not run: validation refused the whole recipe
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(admin, "{ not json")).StatusCode);
    }

    [Fact]
    public async Task Staff_without_the_right_are_refused_at_the_endpoint()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var admin = host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "rep", ["email"] = "rep@example.com", ["password"] = "Rep-Password-1", ["roleNames"] = "Manager" });
        var manager = host.Browser();
        await manager.LoginAsync("", "rep", "Rep-Password-1");

        Assert.Contains("/denied", (await manager.GetAsync("/admin/recipes")).Headers.Location?.ToString());
        Assert.Contains("/denied", (await manager.GetAsync("/admin/recipes/export?content=true")).Headers.Location?.ToString());
    }
}
