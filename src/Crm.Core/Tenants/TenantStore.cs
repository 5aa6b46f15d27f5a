using System.Data.Common;
using Crm.Core.Data;
using Crm.Core.Hosting;
using Dapper;

namespace Crm.Core.Tenants;

/// <summary>The host registry of tenants (host.db on SQLite, the "host" schema on PostgreSQL).</summary>
public sealed class TenantStore(DataLocations locations, SchemaMigrator migrator)
{
    private const string Columns = "name, state, url_prefix, host_name, provider, connection_string, recipe, created_utc";

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var host = locations.Host;
        if (host.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(locations.DataDirectory);
        }
        else
        {
            await using var connection = await DbConnections.OpenAsync(host with { Schema = null }, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition($"CREATE SCHEMA IF NOT EXISTS {SqlIdentifier.Quote(host.Schema!)}", cancellationToken: cancellationToken));
        }
        migrator.MigrateHost(host);
    }

    public async Task<IReadOnlyList<TenantRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TenantRow>(new CommandDefinition($"SELECT {Columns} FROM tenants ORDER BY name", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<TenantRecord?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TenantRow>(new CommandDefinition(
            $"SELECT {Columns} FROM tenants WHERE lower(name) = lower(@name)", new { name }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task InsertAsync(TenantRecord tenant, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO tenants ({Columns}) VALUES (@Name, @State, @UrlPrefix, @HostName, @Provider, @ConnectionString, @Recipe, @CreatedUtc)",
            TenantRow.From(tenant), cancellationToken: cancellationToken));
    }

    public async Task SetStateAsync(string name, TenantState state, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE tenants SET state = @state WHERE name = @name", new { name, state = state.ToString() }, cancellationToken: cancellationToken));
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM tenants WHERE name = @name", new { name }, cancellationToken: cancellationToken));
    }

    /// <summary>True when the host database answers a query (readiness).</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => DbConnections.OpenAsync(locations.Host, cancellationToken);

    private sealed class TenantRow
    {
        public string Name { get; set; } = "";
        public string State { get; set; } = "";
        public string UrlPrefix { get; set; } = "";
        public string? HostName { get; set; }
        public string Provider { get; set; } = "";
        public string? ConnectionString { get; set; }
        public string? Recipe { get; set; }
        public DateTime CreatedUtc { get; set; }

        public TenantRecord ToRecord() => new()
        {
            Name = Name,
            State = Enum.Parse<TenantState>(State),
            UrlPrefix = UrlPrefix,
            HostName = HostName,
            Provider = Enum.Parse<DatabaseProvider>(Provider),
            ConnectionString = ConnectionString,
            Recipe = Recipe,
            CreatedUtc = DateTime.SpecifyKind(CreatedUtc, DateTimeKind.Utc),
        };

        public static TenantRow From(TenantRecord r) => new()
        {
            Name = r.Name,
            State = r.State.ToString(),
            UrlPrefix = r.UrlPrefix,
            HostName = r.HostName,
            Provider = r.Provider.ToString(),
            ConnectionString = r.ConnectionString,
            Recipe = r.Recipe,
            CreatedUtc = r.CreatedUtc,
        };
    }
}
