using Crm.Core.Data;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Recipes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Core.Tenants;

/// <summary>
/// Creates tenants from recipes, all or nothing: the recipe is validated first; the database is created,
/// migrated and filled in one transaction; on any failure the tenant's file or schema and its registry row
/// are removed and the error says why. Also disables and enables tenants.
/// </summary>
public sealed class TenantSetupService(
    TenantStore store,
    TenantRegistry registry,
    DataLocations locations,
    RecipeHarvester recipes,
    SchemaMigrator migrator,
    FeatureCatalog catalog,
    IServiceScopeFactory scopes,
    IOptions<CrmOptions> options,
    TimeProvider clock,
    ILogger<TenantSetupService> logger)
{
    /// <summary>
    /// Refuses a request that cannot succeed (bad or taken name, prefix or host, unknown or invalid recipe) without
    /// creating anything, so a screen can answer at once before it runs the creation in the background.
    /// </summary>
    public Task CheckAsync(TenantCreateRequest request, CancellationToken cancellationToken) => PrepareAsync(request, cancellationToken);

    public Task<TenantCreateResult> CreateAsync(TenantCreateRequest request, CancellationToken cancellationToken) => CreateAsync(request, null, cancellationToken);

    /// <param name="progress">Told how many of the recipe's steps have run; the tenant exists only once this returns.</param>
    public async Task<TenantCreateResult> CreateAsync(TenantCreateRequest request, IProgress<RecipeProgress>? progress, CancellationToken cancellationToken)
    {
        var (record, recipe) = await PrepareAsync(request, cancellationToken);

        var password = request.AdminPassword ?? PasswordGenerator.Generate();
        await store.InsertAsync(record with { State = TenantState.Initializing }, cancellationToken);
        var location = locations.Tenant(record);
        try
        {
            await CreateDatabaseAsync(location, record, cancellationToken);
            // All schema first: on SQLite a migration cannot write while the setup transaction holds the database.
            migrator.MigrateTenant(location, catalog.WithDependencies(FeatureStep.FeaturesEnabledBy(recipe).Concat(PlatformFeatures(record))).Select(f => f.Id));
            await RunSetupAsync(record, location, recipe, request, password, progress, cancellationToken);
            await store.SetStateAsync(record.Name, TenantState.Running, cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Creating tenant {Tenant} failed; removing what was created", record.Name);
            await RemoveDatabaseAsync(location, record);
            await store.DeleteAsync(record.Name, CancellationToken.None);
            registry.Remove(record.Name);
            if (e is RecipeException or TenantSetupException or OperationCanceledException) throw;
            throw new TenantSetupException($"Creating tenant '{record.Name}' failed: {e.Message}", e);
        }

        var runtime = registry.Upsert(record with { State = TenantState.Running });
        logger.LogInformation("Tenant {Tenant} created from recipe {Recipe}", record.Name, recipe.Name);
        return new TenantCreateResult(runtime, request.AdminPassword is null ? password : null);
    }

    public Task DisableAsync(string name, CancellationToken cancellationToken) => SetStateAsync(name, TenantState.Disabled, cancellationToken);

    public Task EnableAsync(string name, CancellationToken cancellationToken) => SetStateAsync(name, TenantState.Running, cancellationToken);

    private async Task SetStateAsync(string name, TenantState state, CancellationToken cancellationToken)
    {
        var tenant = await store.FindAsync(name, cancellationToken) ?? throw new TenantSetupException($"No tenant named '{name}'.");
        if (tenant.IsDefault && state == TenantState.Disabled) throw new TenantSetupException("The default tenant cannot be disabled.");
        if (tenant.State is TenantState.Initializing or TenantState.Uninitialized)
        {
            throw new TenantSetupException($"Tenant '{tenant.Name}' is {tenant.State} and cannot be {(state == TenantState.Running ? "enabled" : "disabled")}.");
        }
        await store.SetStateAsync(tenant.Name, state, cancellationToken);
        registry.Upsert(tenant with { State = state });
    }

    private async Task<TenantRecord> ValidateRequestAsync(TenantCreateRequest request, CancellationToken cancellationToken)
    {
        var isDefault = string.Equals(request.Name, TenantRecord.DefaultName, StringComparison.OrdinalIgnoreCase);
        var problem = TenantNames.NameError(request.Name)
            ?? (isDefault ? null : TenantNames.PrefixError(request.UrlPrefix))
            ?? TenantNames.HostNameError(request.HostName)
            ?? (!isDefault && string.IsNullOrEmpty(request.UrlPrefix) && string.IsNullOrEmpty(request.HostName)
                ? "A tenant needs a URL prefix or a host name." : null);
        if (problem is not null) throw new TenantSetupException(problem);

        var existing = await store.ListAsync(cancellationToken);
        if (existing.Any(t => string.Equals(t.Name, request.Name, StringComparison.OrdinalIgnoreCase)))
            throw new TenantSetupException($"A tenant named '{request.Name}' already exists.");
        if (!string.IsNullOrEmpty(request.UrlPrefix) && existing.Any(t => string.Equals(t.UrlPrefix, request.UrlPrefix, StringComparison.OrdinalIgnoreCase)))
            throw new TenantSetupException($"URL prefix '{request.UrlPrefix}' is already used by another tenant.");
        if (!string.IsNullOrEmpty(request.HostName) && existing.Any(t => string.Equals(t.HostName, request.HostName, StringComparison.OrdinalIgnoreCase)))
            throw new TenantSetupException($"Host name '{request.HostName}' is already used by another tenant.");

        var provider = request.Provider ?? options.Value.Database.Provider;
        if (provider == DatabaseProvider.Postgres && request.ConnectionString is null && options.Value.Database.ConnectionString is null)
            throw new TenantSetupException("A PostgreSQL tenant needs a connection string (--connection, or Crm:Database:ConnectionString).");
        if (provider == DatabaseProvider.Sqlite && File.Exists(locations.TenantSqlitePath(request.Name)))
            throw new TenantSetupException($"A database file for '{request.Name}' already exists at {locations.TenantSqlitePath(request.Name)}; remove it first.");

        return new TenantRecord
        {
            Name = request.Name,
            UrlPrefix = isDefault ? "" : request.UrlPrefix,
            HostName = string.IsNullOrEmpty(request.HostName) ? null : request.HostName.ToLowerInvariant(),
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Postgres ? request.ConnectionString : null,
            Recipe = request.Recipe,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
    }

    private async Task<(TenantRecord Record, Recipe Recipe)> PrepareAsync(TenantCreateRequest request, CancellationToken cancellationToken)
    {
        var record = await ValidateRequestAsync(request, cancellationToken);
        var recipe = await recipes.FindAsync(request.Recipe, cancellationToken)
            ?? throw new TenantSetupException($"No recipe named '{request.Recipe}' (looked in {string.Join(", ", recipes.Folders)}).");
        using var validation = scopes.CreateScope();
        var errors = validation.ServiceProvider.GetRequiredService<RecipeValidator>().Validate(recipe);
        if (errors.Count > 0) throw new RecipeException(recipe.Name, errors);
        return (record, recipe);
    }

    private async Task RunSetupAsync(TenantRecord record, DatabaseLocation location, Recipe recipe, TenantCreateRequest request, string password,
        IProgress<RecipeProgress>? progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<TenantScope>().Tenant = new TenantRuntime(record, location);
        var db = services.GetRequiredService<TenantDb>();
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await services.GetRequiredService<FeatureManager>().EnableAsync(PlatformFeatures(record), cancellationToken);
        await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, progress, cancellationToken);
        foreach (var handler in services.GetServices<ITenantSetupHandler>()) await handler.SetupAsync(request, password, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Features every tenant gets whatever its recipe: the always-enabled ones, and on the default tenant the host's own.</summary>
    private IEnumerable<string> PlatformFeatures(TenantRecord record) =>
        catalog.Features.Where(f => f.AlwaysEnabled || (f.DefaultTenantOnly && record.IsDefault)).Select(f => f.Id);

    private async Task CreateDatabaseAsync(DatabaseLocation location, TenantRecord record, CancellationToken cancellationToken)
    {
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(locations.TenantDirectory(record.Name));
            await using var connection = await DbConnections.OpenAsync(location, cancellationToken);
            // WAL lets readers (and the migration runner's checks) proceed while a writer holds the database.
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode=WAL", cancellationToken: cancellationToken));
            return;
        }
        await using var admin = await DbConnections.OpenAsync(location with { Schema = null }, cancellationToken);
        var exists = await admin.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = @schema)", new { schema = location.Schema }, cancellationToken: cancellationToken));
        if (exists) throw new TenantSetupException($"Schema '{location.Schema}' already exists in the PostgreSQL database; drop it first.");
        await admin.ExecuteAsync(new CommandDefinition($"CREATE SCHEMA {SqlIdentifier.Quote(location.Schema!)}", cancellationToken: cancellationToken));
    }

    private async Task RemoveDatabaseAsync(DatabaseLocation location, TenantRecord record)
    {
        try
        {
            DbConnections.ReleasePooled(location);
            if (location.Provider == DatabaseProvider.Sqlite)
            {
                var directory = locations.TenantDirectory(record.Name);
                if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
                return;
            }
            await using var admin = await DbConnections.OpenAsync(location with { Schema = null }, CancellationToken.None);
            await admin.ExecuteAsync($"DROP SCHEMA IF EXISTS {SqlIdentifier.Quote(location.Schema!)} CASCADE");
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not remove the database of failed tenant {Tenant}", record.Name);
        }
    }
}
