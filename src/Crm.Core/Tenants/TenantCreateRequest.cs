using Crm.Core.Data;

namespace Crm.Core.Tenants;

public sealed record TenantCreateRequest
{
    public required string Name { get; init; }
    public string UrlPrefix { get; init; } = "";
    public string? HostName { get; init; }
    public required string Recipe { get; init; }
    public DatabaseProvider? Provider { get; init; }
    public string? ConnectionString { get; init; }
    public string AdminUserName { get; init; } = "admin";
    public string AdminEmail { get; init; } = "admin@localhost";

    /// <summary>Null: a password is generated and returned in the result.</summary>
    public string? AdminPassword { get; init; }

    /// <summary>Optional API key registered for the admin.</summary>
    public string? AdminApiKey { get; init; }
}
