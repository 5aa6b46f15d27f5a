using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Core.Tenants;

namespace Crm.Core.Settings;

/// <summary>The current tenant's settings (name → JSON value), cached per tenant version.</summary>
public sealed class SiteSettings(TenantDb db, TenantCache cache, IEnumerable<SettingDefinition> definitions)
{
    private const string CacheKey = "settings";
    private readonly Dictionary<string, SettingDefinition> _definitions = definitions.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<SettingDefinition> Definitions => _definitions.Values;

    public SettingDefinition? Definition(string name) => _definitions.GetValueOrDefault(name);

    public async Task<IReadOnlyDictionary<string, JsonNode?>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CacheKey, LoadAsync, cancellationToken);

    public async Task<string?> GetStringAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetAllAsync(cancellationToken)).GetValueOrDefault(name)?.ToString();

    /// <summary>Validates and stores a value; throws <see cref="ArgumentException"/> naming the problem.</summary>
    public async Task SetAsync(string name, JsonNode? value, CancellationToken cancellationToken = default)
    {
        var definition = Definition(name) ?? throw new ArgumentException($"unknown setting '{name}'");
        if (definition.Validate(value) is { } error) throw new ArgumentException($"{definition.Name}: {error}");
        await db.ExecuteAsync(
            "INSERT INTO settings (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            new { name = definition.Name, value = value?.ToJsonString() ?? "null" }, cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, JsonNode?>> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<(string Name, string Value)>("SELECT name, value FROM settings", null, cancellationToken);
        return rows.ToDictionary(r => r.Name, r => JsonNode.Parse(r.Value), StringComparer.OrdinalIgnoreCase);
    }
}
