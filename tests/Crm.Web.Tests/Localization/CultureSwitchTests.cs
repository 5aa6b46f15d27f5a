using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Localization;

public sealed class CultureSwitchTests
{
    [Fact]
    public async Task Choosing_Korean_sets_a_cookie_and_later_pages_render_in_Korean()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var browser = host.Browser("en-US");
        await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        Assert.Contains("Create user", await browser.GetStringAsync("/admin/users"));

        var switched = await browser.SubmitFormAsync("/admin/users", "/culture", new() { ["culture"] = "ko-KR", ["returnUrl"] = "/admin/users" });

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/admin/users", switched.Headers.Location?.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        var users = await browser.GetStringAsync("/admin/users");
        Assert.Contains("사용자 만들기", users);
        Assert.Contains("lang=\"ko\"", users);

        // The cookie beats the browser's Accept-Language (en-US here), and switching back works.
        await browser.SubmitFormAsync("/admin/users", "/culture", new() { ["culture"] = "en-US", ["returnUrl"] = "/admin/users" });
        Assert.Contains("Create user", await browser.GetStringAsync("/admin/users"));
    }

    [Fact]
    public async Task The_switch_on_a_tenant_prefix_returns_to_the_tenants_page()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        await host.CreateTenantAsync("acme", adminPassword: "Acme-Admin-Pass1");
        var browser = host.Browser();

        var switched = await browser.SubmitFormAsync("/acme/login", "/acme/culture", new() { ["culture"] = "ko-KR", ["returnUrl"] = "/acme/login" });

        Assert.Equal("/acme/login", switched.Headers.Location?.OriginalString);
        Assert.Contains(">로그인</h1>", await browser.GetStringAsync("/acme/login"));
    }

    [Theory]
    [InlineData("fr-FR", "/admin")]
    [InlineData("", "/admin")]
    [InlineData("ko-KR", "https://evil.example/")]
    [InlineData("ko-KR", "//evil.example/")]
    [InlineData("ko-KR", "")]
    public async Task An_unsupported_culture_or_a_foreign_return_URL_is_refused(string culture, string returnUrl)
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var browser = host.Browser();

        var response = await browser.SubmitFormAsync("/login", "/culture", new() { ["culture"] = culture, ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_switch_needs_the_antiforgery_token()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var response = await host.Browser().PostAsync("/culture",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "ko-KR", ["returnUrl"] = "/login" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
