using Crm.Core.Data;

namespace Crm.Core.Tenants;

/// <summary>A tenant's row in the host registry.</summary>
public sealed record TenantRecord
{
    public const string DefaultName = "Default";

    public required string Name { get; init; }
    public TenantState State { get; init; } = TenantState.Uninitialized;

    /// <summary>First path segment that routes to the tenant ("" for the default tenant).</summary>
    public string UrlPrefix { get; init; } = "";

    /// <summary>Optional host name that routes to the tenant (e.g. crm.acme.example).</summary>
    public string? HostName { get; init; }

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL only: the database to hold the tenant's schema (null: the host's database).</summary>
    public string? ConnectionString { get; init; }

    public string? Recipe { get; init; }
    public DateTime CreatedUtc { get; init; }

    public bool IsDefault => string.Equals(Name, DefaultName, StringComparison.OrdinalIgnoreCase);
}
