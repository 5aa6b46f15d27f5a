using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Users;

public sealed class UserAndRoleScreensTests
{
    private static async Task<HttpClient> AdminAsync(CrmTestHost host)
    {
        var admin = host.Browser();
        await admin.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        return admin;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_sales_rep_gets_exactly_the_rights_of_the_role(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var admin = await AdminAsync(host);

        var created = await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "kim", ["email"] = "kim@example.com", ["password"] = "Kim-Password-1", ["roleNames"] = "SalesRep" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);

        var kim = host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await kim.LoginAsync("", "kim", "Kim-Password-1")).StatusCode);
        var adminHome = await kim.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, adminHome.StatusCode);
        Assert.DoesNotContain("/admin/users", await adminHome.Content.ReadAsStringAsync());
        var users = await kim.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Contains("/denied", users.Headers.Location?.ToString());

        // Grant SalesRep "ManageUsers" in the matrix; Manager keeps what it had.
        var form = new FormUrlEncodedContent(
        [
            new("grant", "SalesRep|AccessAdmin"), new("grant", "SalesRep|ManageUsers"),
            new("grant", "Manager|AccessAdmin"), new("grant", "Manager|ManageUsers"),
            new("__RequestVerificationToken", await AntiforgeryTokenAsync(admin, "/admin/roles")),
        ]);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/admin/roles/permissions", form)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await kim.GetAsync("/admin/users")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_locked_user_cannot_sign_in_until_unlocked(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var admin = await AdminAsync(host);
        await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "lee", ["email"] = "lee@example.com", ["password"] = "Lee-Password-1", ["roleNames"] = "Agent" });
        var page = await admin.GetStringAsync("/admin/users");
        var userId = System.Text.RegularExpressions.Regex.Match(page, "data-user=\"lee\"[\\s\\S]*?/admin/users/([0-9A-Z]{26})/lock\"").Groups[1].Value;
        Assert.NotEmpty(userId);

        await admin.SubmitFormAsync("/admin/users", $"/admin/users/{userId}/lock", []);
        Assert.Equal(HttpStatusCode.Locked, (await host.Browser().LoginAsync("", "lee", "Lee-Password-1")).StatusCode);

        await admin.SubmitFormAsync("/admin/users", $"/admin/users/{userId}/unlock", []);
        Assert.Equal(HttpStatusCode.Redirect, (await host.Browser().LoginAsync("", "lee", "Lee-Password-1")).StatusCode);
    }

    [Theory]
    [InlineData("kim", "kim@example.com", "short", "Passwords must be at least 10 characters.")]
    [InlineData("admin", "x@example.com", "Another-Pass-1", "Username 'admin' is already taken.")]
    public async Task A_bad_new_user_is_refused_with_the_reason_and_nothing_is_stored(string userName, string email, string password, string reason)
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var admin = await AdminAsync(host);

        var response = await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = userName, ["email"] = email, ["password"] = password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(await admin.GetStringAsync("/admin/users"), "data-user=\""));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_administrator_role_cannot_be_deleted_and_a_role_in_use_is_kept(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var admin = await AdminAsync(host);

        var administrator = await admin.SubmitFormAsync("/admin/roles", "/admin/roles/Administrator/delete", []);
        Assert.Equal(HttpStatusCode.BadRequest, administrator.StatusCode);

        await admin.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "park", ["email"] = "park@example.com", ["password"] = "Park-Password-1", ["roleNames"] = "Marketer" });
        var inUse = await admin.SubmitFormAsync("/admin/roles", "/admin/roles/Marketer/delete", []);
        Assert.Equal(HttpStatusCode.BadRequest, inUse.StatusCode);
        Assert.Contains("still has 1 user", WebUtility.HtmlDecode(await inUse.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitFormAsync("/admin/roles", "/admin/roles/Agent/delete", [])).StatusCode);
        Assert.DoesNotContain(">Agent<", await admin.GetStringAsync("/admin/roles"));
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient browser, string page)
    {
        var html = await browser.GetStringAsync(page);
        return System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
    }
}
