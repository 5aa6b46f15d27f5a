using Crm.Core.Data;
using Crm.Core.Scheduling;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Infrastructure;

/// <summary>The real host (Program) on a throw-away database, with a known admin password and API key.</summary>
public sealed class CrmTestHost : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Default-Admin-Pass1";
    public const string AdminApiKey = "default-tenant-admin-api-key-0001";

    static CrmTestHost()
    {
        // Dozens of hosts live at once in a test run; inotify watchers for appsettings would exhaust the per-user limit.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private readonly bool _ownsDatabase;
    private readonly TimeProvider? _clock;
    private readonly Action<IServiceCollection>? _services;

    private readonly IReadOnlyDictionary<string, string>? _settings;

    private CrmTestHost(TestDatabase database, bool ownsDatabase, TimeProvider? clock, Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
        _clock = clock;
        _services = services;
        _settings = settings;
    }

    public TestDatabase Database { get; }

    /// <param name="services">Extra registrations, e.g. a module's handler under test.</param>
    /// <param name="settings">Configuration for this host, e.g. shorter leases.</param>
    public static async Task<CrmTestHost> StartAsync(DatabaseProvider provider, TimeProvider? clock = null, Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new CrmTestHost(await TestDatabase.CreateAsync(provider), ownsDatabase: true, clock, services, settings);
        _ = host.Server; // starts the host: creates the default tenant
        return host;
    }

    /// <summary>Another node of the same deployment: same host registry and tenant databases, own memory.</summary>
    public CrmTestHost StartAnotherNode(TimeProvider? clock = null)
    {
        var node = new CrmTestHost(Database, ownsDatabase: false, clock, _services, _settings);
        _ = node.Server;
        return node;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Crm:DataDir", Database.DataDir);
        builder.UseSetting("Crm:Database:Provider", Database.Provider.ToString());
        if (Database.ConnectionString is not null) builder.UseSetting("Crm:Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Crm:Admin:Password", AdminPassword);
        builder.UseSetting("Crm:Admin:ApiKey", AdminApiKey);
        // Tests run background work themselves (DueWorkScheduler.RunOnceAsync), at the fake clock's times.
        builder.UseSetting("Crm:Scheduling:RunInBackground", "false");
        // Platform tests model their own types; the CRM modules' tests create tenants from the crm or sales recipe.
        builder.UseSetting("Crm:DefaultRecipe", "platform");
        builder.UseSetting("Crm:Samples:Create", "false"); // tests of tenants made from the crm recipe start without sample data
        foreach (var (key, value) in _settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (_clock is not null) builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new Crm.Core.Hosting.BackdatingClock(_clock)));
        if (_services is not null) builder.ConfigureServices(_services);
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Runs the background scheduler until no tenant is due at the clock's current time (at most 100 rounds, so work that
    /// keeps itself due ends the loop instead of hanging the test).
    /// </summary>
    public async Task RunAllDueWorkAsync()
    {
        var scheduler = Service<DueWorkScheduler>();
        for (var i = 0; i < 100 && await scheduler.RunOnceAsync(CancellationToken.None) > 0; i++)
        {
        }
    }

    /// <summary>Creates a tenant the way `tenant create` does.</summary>
    public Task<TenantCreateResult> CreateTenantAsync(string name, string recipe = "platform", string? adminPassword = null, string? apiKey = null) =>
        Service<TenantSetupService>().CreateAsync(new TenantCreateRequest
        {
            Name = name,
            UrlPrefix = name.ToLowerInvariant(),
            Recipe = recipe,
            AdminPassword = adminPassword,
            AdminApiKey = apiKey,
        }, CancellationToken.None);

    /// <summary>Runs code in a DI scope that belongs to the tenant, as a request of that tenant would.</summary>
    public async Task InTenantAsync(string tenant, Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Tenant = Service<TenantRegistry>().Find(tenant)
            ?? throw new InvalidOperationException($"No tenant '{tenant}'.");
        await action(scope.ServiceProvider);
    }

    /// <summary>
    /// A browser-like client: keeps cookies, does not follow redirects, and sends Accept-Language as browsers do
    /// (without it the tenant's "Culture" setting decides, and the crm recipe's is Korean).
    /// </summary>
    public HttpClient Browser(string language = "en-US")
    {
        var browser = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return browser;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase) await Database.DisposeAsync();
    }
}
