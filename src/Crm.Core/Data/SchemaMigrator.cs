using System.Reflection;
using Crm.Core.Modules;
using FluentMigrator;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Conventions;
using FluentMigrator.Runner.Initialization;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Core.Data;

/// <summary>
/// Runs FluentMigrator migrations: the host's, or a tenant's for the kernel plus a set of enabled features.
/// Migration versions are timestamps (yyyyMMddHHmm), so modules never collide.
/// </summary>
public sealed class SchemaMigrator(FeatureCatalog catalog)
{
    private static readonly Assembly Kernel = typeof(SchemaMigrator).Assembly;

    public void MigrateHost(DatabaseLocation location) =>
        Run(location, AllMigrations().Where(t => t.GetCustomAttribute<HostMigrationAttribute>() is not null));

    public void MigrateTenant(DatabaseLocation location, IEnumerable<string> featureIds) =>
        Run(location, TenantMigrations(featureIds));

    /// <summary>The migration versions a tenant with these features must have applied.</summary>
    public IReadOnlySet<long> TenantVersions(IEnumerable<string> featureIds) =>
        TenantMigrations(featureIds).Select(t => t.GetCustomAttribute<MigrationAttribute>()!.Version).ToHashSet();

    /// <summary>
    /// Migrates the tenant for these features unless it is current. Inside an open transaction it cannot
    /// (on SQLite the runner would wait on that transaction's lock), so callers migrate before they begin one.
    /// </summary>
    public async Task EnsureTenantAsync(TenantDb db, DatabaseLocation location, IEnumerable<string> featureIds, CancellationToken cancellationToken)
    {
        var features = featureIds.ToList();
        if (await IsTenantCurrentAsync(db, features, cancellationToken)) return;
        if (db.Transaction is not null)
        {
            throw new InvalidOperationException($"The schema for {string.Join(", ", features)} must be migrated before the transaction starts.");
        }
        MigrateTenant(location, features);
    }

    /// <summary>True when every migration of the kernel and these features is applied (one query).</summary>
    public async Task<bool> IsTenantCurrentAsync(TenantDb db, IEnumerable<string> featureIds, CancellationToken cancellationToken)
    {
        var applied = (await db.QueryAsync<long>("SELECT \"Version\" FROM \"VersionInfo\"", null, cancellationToken)).ToHashSet();
        return TenantVersions(featureIds).IsSubsetOf(applied);
    }

    private IEnumerable<Type> TenantMigrations(IEnumerable<string> featureIds)
    {
        var features = new HashSet<string>(featureIds, StringComparer.OrdinalIgnoreCase);
        features.UnionWith(catalog.Features.Where(f => f.AlwaysEnabled).Select(f => f.Id));
        return AllMigrations().Where(t =>
            t.GetCustomAttribute<HostMigrationAttribute>() is null &&
            (catalog.FeatureOf(t) is not { } feature || features.Contains(feature)));
    }

    private IEnumerable<Type> AllMigrations() =>
        catalog.Modules.Select(m => m.Assembly).Prepend(Kernel)
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsAbstract && typeof(IMigration).IsAssignableFrom(t) && t.GetCustomAttribute<MigrationAttribute>() is not null);

    private static void Run(DatabaseLocation location, IEnumerable<Type> migrations)
    {
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                if (location.Provider == DatabaseProvider.Sqlite) runner.AddSQLite();
                else runner.AddPostgres15_0();
                runner.WithGlobalConnectionString(DbConnections.EffectiveConnectionString(location));
            })
            .AddSingleton<IMigrationSourceItem>(new MigrationTypes(migrations.ToList()))
            .Configure<RunnerOptions>(options => options.TransactionPerSession = false);
        if (location.Schema is not null)
        {
            // Without a default schema FluentMigrator's PostgreSQL generator writes to "public".
            services.AddSingleton<IConventionSet>(new DefaultConventionSet(location.Schema, workingDirectory: null));
        }

        using var provider = services.BuildServiceProvider(validateScopes: false);
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }

    private sealed class MigrationTypes(IReadOnlyList<Type> types) : IMigrationSourceItem
    {
        public IEnumerable<Type> MigrationTypeCandidates => types;
    }
}
