using System.Net;
using Crm.Core.Data;
using Crm.Web.Cli;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.Tenants;

public sealed class TenantCliTests
{
    private static Dictionary<string, string?> Settings(TestDatabase database) => database.CliSettings();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tenant_create_then_the_tenant_serves_its_login_page_and_list_shows_it(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CrmCli.RunAsync(["tenant", "create", "--name", "acme", "--prefix", "acme", "--recipe", "crm"], output, error, Settings(host.Database));

        Assert.True(exit == 0, error.ToString());
        Assert.Matches(@"Password: \S{20} \(shown only this once\)", output.ToString());
        // A running server re-reads the registry (at most every 5 s) when a path matches no tenant; do it now.
        await host.Service<Crm.Core.Tenants.TenantRegistry>().ReloadAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await host.Browser().GetAsync("/acme/login")).StatusCode);

        var list = new StringWriter();
        Assert.Equal(0, await CrmCli.RunAsync(["tenant", "list"], list, error, Settings(host.Database)));
        Assert.Matches(@"acme\s+Running\s+acme", list.ToString());
        Assert.Matches(@"Default\s+Running\s+\(default\)", list.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tenant_disable_and_enable_change_what_the_server_answers(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        await host.CreateTenantAsync("acme", adminPassword: "Acme-Admin-Pass1");
        var settings = Settings(host.Database);
        var browser = host.Browser();

        Assert.Equal(0, await CrmCli.RunAsync(["tenant", "disable", "acme"], new StringWriter(), new StringWriter(), settings));
        // The running server learns of the change from the registry (another process changed it).
        await host.Service<Crm.Core.Tenants.TenantRegistry>().ReloadAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/acme/login")).StatusCode);

        Assert.Equal(0, await CrmCli.RunAsync(["tenant", "enable", "acme"], new StringWriter(), new StringWriter(), settings));
        await host.Service<Crm.Core.Tenants.TenantRegistry>().ReloadAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/acme/login")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tenant_commands_explain_bad_input_and_exit_1(DatabaseProvider provider)
    {
        await using var host = await CrmTestHost.StartAsync(provider);
        var error = new StringWriter();

        Assert.Equal(1, await CrmCli.RunAsync(["tenant", "create", "--name", "acme", "--prefix", "acme", "--recipe", "nope"], new StringWriter(), error, Settings(host.Database)));
        Assert.Contains("No recipe named 'nope'", error.ToString());

        Assert.Equal(1, await CrmCli.RunAsync(["tenant", "disable", "ghost"], new StringWriter(), error, Settings(host.Database)));
        Assert.Contains("No tenant named 'ghost'", error.ToString());

        Assert.Equal(1, await CrmCli.RunAsync(["tenant", "disable", "Default"], new StringWriter(), error, Settings(host.Database)));
        Assert.Contains("The default tenant cannot be disabled.", error.ToString());
    }
}
