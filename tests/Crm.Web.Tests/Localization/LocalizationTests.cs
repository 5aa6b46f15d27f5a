using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Localization;

public sealed class LocalizationTests
{
    [Theory]
    [InlineData("ko-KR", "로그인", "사용자 이름", "lang=\"ko\"")]
    [InlineData("ko", "로그인", "비밀번호", "lang=\"ko\"")]
    [InlineData("en-US", "Sign in", "User name", "lang=\"en\"")]
    [InlineData("en-GB,en;q=0.9", "Sign in", "Password", "lang=\"en\"")]
    [InlineData("fr-FR,ko;q=0.8,en;q=0.5", "로그인", "비밀번호", "lang=\"ko\"")]
    public async Task The_sign_in_page_speaks_the_browsers_language(string acceptLanguage, string title, string label, string htmlLang)
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);

        var page = await host.Browser(acceptLanguage).GetStringAsync("/login");

        Assert.Contains($">{title}</h1>", page);
        Assert.Contains(label, page);
        Assert.Contains(htmlLang, page);
    }

    [Fact]
    public async Task Korean_sign_in_errors_and_validation_messages_are_in_Korean()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var browser = host.Browser("ko-KR");

        var wrong = await browser.LoginAsync("", "admin", "Wrong-Password-1");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("사용자 이름 또는 비밀번호가 올바르지 않습니다.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));

        var empty = await browser.SubmitFormAsync("/login", "/login", new() { ["UserName"] = "", ["Password"] = "" });
        var html = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("사용자 이름을 입력하세요.", html);
        Assert.Contains("비밀번호를 입력하세요.", html);
    }

    [Fact]
    public async Task Admin_screens_menu_and_notices_follow_the_browsers_language()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var browser = host.Browser("ko-KR");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);

        var home = await browser.GetStringAsync("/admin");
        Assert.Contains("로그아웃", home);
        Assert.Contains(">API 키<", home);
        Assert.Contains(">테넌트<", home);
        Assert.Contains(">보안<", home);

        var created = await browser.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "kim", ["email"] = "kim@example.com", ["password"] = "Kim-Password-1", ["roleNames"] = "SalesRep" });
        var html = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());
        Assert.Contains("사용자 'kim'을(를) 만들었습니다.", html);
        Assert.Contains(">잠금<", html);
        // Role names are data: they stay as the tenant named them.
        Assert.Contains(">SalesRep<", html);

        var disabled = await browser.SubmitFormAsync("/admin/features", "/admin/features/Crm.ApiKeys/disable", []);
        Assert.Contains("사용을 중지했습니다: API keys", WebUtility.HtmlDecode(await disabled.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Password_rules_are_explained_in_Korean_and_stay_Identitys_own_in_English()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        var korean = host.Browser("ko-KR");
        await korean.LoginAsync("", "admin", CrmTestHost.AdminPassword);

        var refused = await korean.SubmitFormAsync("/admin/users", "/admin/users",
            new() { ["userName"] = "admin", ["email"] = "x@example.com", ["password"] = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("비밀번호는 10자 이상이어야 합니다.", html);
        Assert.DoesNotContain("Passwords must be at least", html);
    }

    [Fact]
    public async Task Without_Accept_Language_the_tenants_culture_setting_decides()
    {
        await using var host = await CrmTestHost.StartAsync(DatabaseProvider.Sqlite);
        await host.CreateTenantAsync("plain", recipe: "blank");
        var client = host.CreateClient(); // sends no Accept-Language

        // The default tenant comes from the crm recipe (Culture ko-KR), the other one from blank (en-US).
        Assert.Contains(">로그인</h1>", await client.GetStringAsync("/login"));
        Assert.Contains(">Sign in</h1>", await client.GetStringAsync("/plain/login"));
    }
}
