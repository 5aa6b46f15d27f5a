using Crm.Core.Data;
using Crm.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Core.Modules;

/// <summary>
/// The current tenant's enabled features: read (cached per version stamp), enable with dependencies
/// (runs migrations, then the feature's recipes the first time), disable with dependents.
/// </summary>
public sealed class FeatureManager(
    FeatureCatalog catalog,
    TenantScope scope,
    TenantDb db,
    TenantCache cache,
    SchemaMigrator migrator,
    IServiceProvider services,
    TimeProvider clock)
{
    private const string CacheKey = "features";

    public async Task<IReadOnlySet<string>> GetEnabledAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CacheKey, LoadEnabledAsync, cancellationToken);

    public async Task<bool> IsEnabledAsync(string featureId, CancellationToken cancellationToken = default) =>
        (await GetEnabledAsync(cancellationToken)).Contains(featureId);

    /// <summary>Enables the features and their dependencies; returns the ones that were not enabled before.</summary>
    public async Task<IReadOnlyList<FeatureInfo>> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var wanted = catalog.WithDependencies(featureIds);
        var refused = wanted.FirstOrDefault(f => f.DefaultTenantOnly && !scope.Tenant.IsDefault);
        if (refused is not null) throw new FeatureException($"Feature '{refused.Id}' can only be enabled on the default tenant.");

        var enabled = await LoadEnabledRowsAsync(cancellationToken);
        var added = wanted.Where(f => !enabled.Contains(f.Id)).ToList();
        if (added.Count == 0) return added;

        await migrator.EnsureTenantAsync(db, scope.Tenant.Database, enabled.Concat(added.Select(f => f.Id)), cancellationToken);

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var everEnabled = (await db.QueryAsync<string>("SELECT feature_id FROM features", null, cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var feature in added)
        {
            await db.ExecuteAsync(
                """
                INSERT INTO features (feature_id, enabled, first_enabled_utc, changed_utc) VALUES (@id, @enabled, @now, @now)
                ON CONFLICT (feature_id) DO UPDATE SET enabled = excluded.enabled, changed_utc = excluded.changed_utc
                """,
                new { id = feature.Id, enabled = true, now }, cancellationToken);
        }
        await cache.InvalidateAsync(cancellationToken);
        var handlers = services.GetServices<IFeatureEventHandler>().ToList();
        foreach (var feature in added)
        {
            foreach (var handler in handlers) await handler.EnabledAsync(feature, !everEnabled.Contains(feature.Id), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>Disables the features and every enabled feature that depends on them; returns what was disabled.</summary>
    public async Task<IReadOnlyList<FeatureInfo>> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var enabled = await LoadEnabledAsync(cancellationToken);
        var targets = featureIds.Select(catalog.Get).ToList();
        var alwaysOn = targets.FirstOrDefault(f => f.AlwaysEnabled);
        if (alwaysOn is not null) throw new FeatureException($"Feature '{alwaysOn.Id}' is always enabled and cannot be disabled.");

        var removed = targets.SelectMany(f => catalog.Dependents(f.Id).Prepend(f))
            .Where(f => enabled.Contains(f.Id))
            .DistinctBy(f => f.Id)
            .ToList();
        var blocked = removed.FirstOrDefault(f => f.AlwaysEnabled);
        if (blocked is not null) throw new FeatureException($"Feature '{blocked.Id}' is always enabled and depends on it.");
        if (removed.Count == 0) return removed;

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var feature in removed)
        {
            await db.ExecuteAsync("UPDATE features SET enabled = @enabled, changed_utc = @now WHERE feature_id = @id",
                new { id = feature.Id, enabled = false, now }, cancellationToken);
        }
        await cache.InvalidateAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    /// <summary>Features with an enabled row plus the always-enabled ones.</summary>
    private async Task<IReadOnlySet<string>> LoadEnabledAsync(CancellationToken cancellationToken)
    {
        var enabled = await LoadEnabledRowsAsync(cancellationToken);
        foreach (var feature in catalog.Features.Where(f => f.AlwaysEnabled)) enabled.Add(feature.Id);
        return enabled;
    }

    private async Task<HashSet<string>> LoadEnabledRowsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<string>("SELECT feature_id FROM features WHERE enabled = @enabled", new { enabled = true }, cancellationToken);
        return new HashSet<string>(rows.Where(id => catalog.Find(id) is not null), StringComparer.OrdinalIgnoreCase);
    }
}
