using System.Text.RegularExpressions;

namespace Crm.Core.Tenants;

/// <summary>Rules for tenant names, URL prefixes and host names (they become file, schema and URL parts).</summary>
public static partial class TenantNames
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex Name();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$")]
    private static partial Regex Host();

    /// <summary>Path segments that belong to the host and can never be a tenant prefix.</summary>
    public static readonly IReadOnlySet<string> ReservedPrefixes =
        new HashSet<string>(["admin", "api", "health", "login", "logout", "lib", "css", "js", "static", "account"], StringComparer.OrdinalIgnoreCase);

    public static string? NameError(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Name is required."
        : Name().IsMatch(name) ? null
        : $"Name '{name}' must start with a letter and contain only letters and digits (at most 40).";

    public static string? PrefixError(string? prefix) =>
        string.IsNullOrEmpty(prefix) ? null
        : !Prefix().IsMatch(prefix) ? $"URL prefix '{prefix}' must be lowercase letters, digits and '-' (at most 40)."
        : ReservedPrefixes.Contains(prefix) ? $"URL prefix '{prefix}' is reserved."
        : null;

    public static string? HostNameError(string? host) =>
        string.IsNullOrEmpty(host) || Host().IsMatch(host) ? null : $"Host name '{host}' is not a valid host name.";

    /// <summary>The PostgreSQL schema that holds a tenant's tables.</summary>
    public static string SchemaFor(string tenantName) => "tenant_" + tenantName.ToLowerInvariant();
}
