using System.Net;
using System.Text.RegularExpressions;
using Crm.Core.Data;
using Crm.Core.Tenants;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Tenants;

/// <summary>The tenants screen creates a tenant in the background and shows the recipe's progress until Running or failed.</summary>
public sealed partial class TenantsScreenTests
{
    [GeneratedRegex("^/admin/tenants/jobs/([0-9a-f]{24})$")]
    private static partial Regex JobUrl();

    private static async Task<HttpClient> SignInAsync(CrmTestHost host)
    {
        var browser = host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);
        return browser;
    }

    private static Task<HttpResponseMessage> PostCreateAsync(HttpClient browser, string name, string prefix, string recipe) =>
        browser.SubmitFormAsync("/admin/tenants", "/admin/tenants", new() { ["name"] = name, ["prefix"] = prefix, ["recipe"] = recipe, ["adminEmail"] = "" });

    /// <summary>Polls the job as the page's htmx does, until it says it is done; returns the last block.</summary>
    private static async Task<string> PollUntilDoneAsync(HttpClient browser, string jobUrl)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, jobUrl);
            request.Headers.Add("HX-Request", "true");
            var response = await browser.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var block = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.StartsWith("<div id=\"tenant-job\"", block.TrimStart());
            if (block.Contains("data-done=\"true\"")) return block;
            Assert.True(DateTime.UtcNow < deadline, "The tenant creation did not finish within a minute.");
            await Task.Delay(100);
        }
    }

    private static string JobOf(HttpResponseMessage posted)
    {
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.ToString();
        Assert.Matches(JobUrl(), location);
        return location;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_tenant_created_on_the_screen_reports_its_recipe_steps_and_then_answers_at_its_prefix(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var admin = await SignInAsync(host);

        var job = JobOf(await PostCreateAsync(admin, "beta", "beta", "crm"));
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(job));
        Assert.Contains("Creating tenant 'beta'", page);
        Assert.Contains("<div id=\"tenant-job\"", page);

        var done = await PollUntilDoneAsync(admin, job);
        Assert.Contains("data-state=\"Running\"", done);
        Assert.Contains("data-steps=\"3/3\"", done); // the crm recipe's Feature, Settings and WorkflowType steps
        Assert.Contains("Recipe steps done: 3 of 3", done);
        Assert.Matches("Admin: admin / \\S{10,} \\(shown only this once\\)", done);
        Assert.DoesNotContain("hx-get", done);
        // The password is shown once: polling again no longer has it.
        Assert.DoesNotContain("data-admin-password", await admin.GetStringAsync(job));

        Assert.Equal(TenantState.Running, (await host.Service<TenantStore>().FindAsync("beta", CancellationToken.None))!.State);
        Assert.Equal(HttpStatusCode.OK, (await host.Browser().GetAsync("/beta/login")).StatusCode);
        Assert.Contains("data-tenant=\"beta\"", await admin.GetStringAsync("/admin/tenants"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_recipe_failing_at_a_step_shows_the_step_and_path_and_leaves_no_tenant(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var recipe = await FailingRecipe.WriteAsync(host.Database.DataDir);
        var admin = await SignInAsync(host);

        var done = await PollUntilDoneAsync(admin, JobOf(await PostCreateAsync(admin, "doomed", "doomed", recipe)));

        Assert.Contains("data-state=\"Failed\"", done);
        Assert.Contains("Tenant 'doomed' was not created; nothing of it was kept.", done);
        Assert.Matches("step 2 at \\$\\.steps\\[2\\]\\.Users\\[0\\]\\.Roles\\[0\\]: .*NoSuchRole", done);
        Assert.Null(await host.Service<TenantStore>().FindAsync("doomed", CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(host.Database.DataDir, "Sites", "doomed")));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetAsync("/doomed/login")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_at_once_and_nobody_else_sees_a_job()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var admin = await SignInAsync(host);

        var duplicate = await PostCreateAsync(admin, "gamma", "admin", "crm");
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("URL prefix 'admin' is reserved.", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()));
        var noRecipe = await PostCreateAsync(admin, "gamma", "gamma", "nothing-like-it");
        Assert.Equal(HttpStatusCode.BadRequest, noRecipe.StatusCode);
        Assert.Contains("No recipe named 'nothing-like-it'", WebUtility.HtmlDecode(await noRecipe.Content.ReadAsStringAsync()));
        Assert.Null(await host.Service<TenantStore>().FindAsync("gamma", CancellationToken.None));

        var job = JobOf(await PostCreateAsync(admin, "delta", "delta", "crm"));
        await PollUntilDoneAsync(admin, job);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/tenants/jobs/000000000000000000000000")).StatusCode);

        // Another tenant's admin: the screen and the job are not there for them.
        var delta = host.Browser();
        await host.CreateTenantAsync("acme", adminPassword: "Acme-Admin-Pass1");
        Assert.Equal(HttpStatusCode.Redirect, (await delta.LoginAsync("/acme", "admin", "Acme-Admin-Pass1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await delta.GetAsync("/acme/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await delta.GetAsync("/acme" + job)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await delta.PostAsync("/acme/admin/tenants", new FormUrlEncodedContent([]))).StatusCode);
    }
}
