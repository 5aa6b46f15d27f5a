using System.Net;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Web.Tests.Users;

public sealed class LoginLockoutTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var browser = host.Browser();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await browser.LoginAsync("", "admin", "Wrong-Password-" + attempt);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("not correct", await wrong.Content.ReadAsStringAsync());
        }
        var fifth = await browser.LoginAsync("", "admin", "Wrong-Password-5");
        Assert.Equal(HttpStatusCode.Locked, fifth.StatusCode);

        var right = await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lockout_ends_after_fifteen_minutes(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await CrmTestHost.StartAsync(provider, clock);
        var browser = host.Browser();
        for (var attempt = 1; attempt <= 5; attempt++) await browser.LoginAsync("", "admin", "Wrong-Password-" + attempt);

        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.Locked, (await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_successful_sign_in_resets_the_failure_count(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var browser = host.Browser();
        for (var attempt = 1; attempt <= 4; attempt++) await browser.LoginAsync("", "admin", "Wrong-Password-" + attempt);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);

        var other = host.Browser();
        for (var attempt = 1; attempt <= 4; attempt++) await other.LoginAsync("", "admin", "Wrong-Again-" + attempt);
        Assert.Equal(HttpStatusCode.Redirect, (await other.LoginAsync("", "admin", CrmTestHost.AdminPassword)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_user_gets_the_same_answer_as_a_wrong_password(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var response = await host.Browser().LoginAsync("", "nobody", "Whatever-Pass1");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The user name or password is not correct.", await response.Content.ReadAsStringAsync());
    }
}
