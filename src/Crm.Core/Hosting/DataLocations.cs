using Crm.Core.Data;
using Crm.Core.Tenants;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Crm.Core.Hosting;

/// <summary>Where the host's and each tenant's data live, derived from <see cref="CrmOptions"/>.</summary>
public sealed class DataLocations(IOptions<CrmOptions> options, IHostEnvironment environment)
{
    private CrmOptions Options => options.Value;

    /// <summary>Crm:DataDir; a relative path is taken from the content root (src/Crm.Web under dotnet run).</summary>
    public string DataDirectory => Path.GetFullPath(Options.DataDir, environment.ContentRootPath);

    public DatabaseLocation Host => Options.Database.Provider switch
    {
        DatabaseProvider.Sqlite => new(DatabaseProvider.Sqlite, DbConnections.SqliteConnectionString(Path.Combine(DataDirectory, "host.db"))),
        _ => new(DatabaseProvider.Postgres, RequiredPostgresConnectionString(null), "host"),
    };

    public DatabaseLocation Tenant(TenantRecord tenant) => tenant.Provider switch
    {
        DatabaseProvider.Sqlite => new(DatabaseProvider.Sqlite, DbConnections.SqliteConnectionString(TenantSqlitePath(tenant.Name))),
        _ => new(DatabaseProvider.Postgres, RequiredPostgresConnectionString(tenant.ConnectionString), TenantNames.SchemaFor(tenant.Name)),
    };

    public string TenantDirectory(string tenantName) => Path.Combine(DataDirectory, "Sites", tenantName);

    public string TenantSqlitePath(string tenantName) => Path.Combine(TenantDirectory(tenantName), "crm.db");

    private string RequiredPostgresConnectionString(string? own) =>
        own ?? Options.Database.ConnectionString
        ?? throw new InvalidOperationException("PostgreSQL needs a connection string: set Crm:Database:ConnectionString (or pass --connection).");
}
