using Crm.Core.Content;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Recipes;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Content.Translations;
using Crm.Core.Data;
using Crm.Core.Jobs;
using Crm.Core.Modules;
using Crm.Core.Navigation;
using Crm.Core.Numbering;
using Crm.Core.Outbox;
using Crm.Core.Recipes;
using Crm.Core.Scheduling;
using Crm.Core.Security;
using Crm.Core.Settings;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crm.Core.Hosting;

public static class CrmKernelServiceCollectionExtensions
{
    /// <summary>The kernel: modules and features, tenants, data access, recipes, settings, permissions.</summary>
    public static IServiceCollection AddCrmKernel(this IServiceCollection services, IConfiguration configuration, FeatureCatalog catalog)
    {
        Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
        services.Configure<CrmOptions>(configuration.GetSection(CrmOptions.Section));
        services.TryAddSingleton<TimeProvider>(new BackdatingClock(TimeProvider.System));
        services.AddSingleton(catalog);

        // First hosted service: the host database exists before anything else (data protection's key ring) starts.
        services.AddHostedService<DefaultTenantInitializer>();
        services.AddDataProtection().SetApplicationName("CrmPlatform");
        services.AddOptions<KeyManagementOptions>().Configure<DataLocations>((keys, locations) => keys.XmlRepository = new HostKeyRepository(locations));

        services.AddSingleton<DataLocations>();
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<TenantStore>();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantActivator>();
        services.AddSingleton<TenantSetupService>();
        services.AddSingleton<BackgroundJobs>();
        services.AddSingleton<BackgroundJobRunner>();
        services.AddSingleton<RecipeHarvester>();
        services.AddSingleton<PermissionCatalog>();
        services.AddScoped<TenantPermissions>();

        services.AddHostedService<TenantRegistryRefresher>();
        services.Configure<SchedulingOptions>(configuration.GetSection(SchedulingOptions.Section));
        services.AddSingleton<TenantWakeups>();
        services.AddSingleton<DueWorkScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DueWorkScheduler>());
        services.AddScoped<DueWork>();
        services.AddCrmOutbox(configuration);
        services.AddSingleton<Templates.LiquidTemplates>();
        services.AddSingleton<Redis.SharedRedis>();

        services.AddScoped<TenantScope>();
        services.AddScoped<TenantDb>();
        services.AddScoped<TenantCache>();
        services.AddScoped<FeatureManager>();
        services.AddScoped<SiteSettings>();
        services.AddScoped<TenantTimeZone>();
        services.AddScoped<TenantCulture>();
        services.AddScoped<TenantCalendar>();
        services.AddScoped<RecipeValidator>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<AdminMenuService>();
        services.AddScoped<DashboardWidgets>();

        services.AddCrmContent();

        services.AddRecipeStep<FeatureStep>();
        services.AddRecipeStep<SettingsStep>();
        services.AddFeatureEventHandler<FeatureRecipesHandler>();
        foreach (var setting in SiteSettingDefinitions.All) services.AddSetting(setting);

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        return services;
    }

    /// <summary>Content definitions, field kinds, the content store and their recipe steps.</summary>
    public static IServiceCollection AddCrmContent(this IServiceCollection services)
    {
        foreach (var kind in FieldKinds.BuiltIn) services.AddSingleton<IContentFieldKind>(kind);
        services.AddSingleton<FieldKinds>();
        services.AddSingleton<ContentDefinitionValidator>();
        services.AddScoped<ContentIndexManager>();
        services.AddScoped<ContentStatistics>();
        services.AddSingleton<ContentStatisticsRefresh.Schedule>();
        services.AddDueWorkProcessor<ContentStatisticsRefresh>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddSingleton<ContentValidator>();
        services.AddScoped<ContentHistory>();
        services.AddScoped<RelationChecker>();
        services.AddSingleton<ContentUniqueKeys>();
        services.AddScoped<UniqueChecker>();
        services.AddScoped<ContentManager>();
        services.AddScoped<SampleDataMode>();
        services.AddScoped<ContentTimeline>();
        services.AddScoped<ContentQuery>();
        services.AddScoped<ContentAggregates>();
        services.AddScoped<SavedQueries>();
        services.AddScoped<ContentPreparers>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<ContentCsvImporter>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<ContentMerger>();
        services.AddHttpContextAccessor();
        services.AddRecipeStep<ContentDefinitionStep>();
        services.AddRecipeStep<ContentStep>();
        services.AddScoped<ContentExporter>();
        services.AddPermissions<ContentPermissions>();
        services.AddScoped<IDynamicPermissionSource, ContentTypePermissions>();
        services.AddScoped<ContentAuthorizer>();
        services.AddRecipeStep<QueriesStep>();
        services.AddScoped<ContentTranslations>();
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<ContentText>, ContentTextLocalizer>();
        services.AddScoped<LocalizedDefinitions>();
        services.AddRecipeStep<TranslationsStep>();
        services.AddScoped<DocumentNumbers>();
        services.AddContentPreparer<DocumentNumberPreparer>();
        return services;
    }

    public static IServiceCollection AddContentHandler<T>(this IServiceCollection services) where T : class, IContentHandler =>
        services.AddScoped<IContentHandler, T>();

    public static IServiceCollection AddContentMergeHandler<T>(this IServiceCollection services) where T : class, IContentMergeHandler =>
        services.AddScoped<IContentMergeHandler, T>();

    public static IServiceCollection AddContentPreparer<T>(this IServiceCollection services) where T : class, IContentPreparer =>
        services.AddScoped<IContentPreparer, T>();

    /// <summary>The module's texts translate the refusals its content preparers give (see <see cref="ContentTextLocalizer"/>).</summary>
    public static IServiceCollection AddFieldProblemTexts<TModuleText>(this IServiceCollection services) =>
        services.AddSingleton(new FieldProblemTexts(typeof(TModuleText)));

    /// <summary>New items of a type get the next number of a prefix in a text field (see <see cref="DocumentNumberRule"/>).</summary>
    public static IServiceCollection AddDocumentNumber(this IServiceCollection services, DocumentNumberRule rule) =>
        services.AddSingleton(rule);

    public static IServiceCollection AddRecipeStep<T>(this IServiceCollection services) where T : class, IRecipeStep =>
        services.AddScoped<IRecipeStep, T>();

    public static IServiceCollection AddFeatureEventHandler<T>(this IServiceCollection services) where T : class, IFeatureEventHandler =>
        services.AddScoped<IFeatureEventHandler, T>();

    public static IServiceCollection AddTenantSetupHandler<T>(this IServiceCollection services) where T : class, ITenantSetupHandler =>
        services.AddScoped<ITenantSetupHandler, T>();

    /// <summary>Background work the scheduler runs in each tenant that asked to be woken (see <see cref="DueWork"/>).</summary>
    public static IServiceCollection AddDueWorkProcessor<T>(this IServiceCollection services) where T : class, IDueWorkProcessor =>
        services.AddScoped<IDueWorkProcessor, T>();

    public static IServiceCollection AddPermissions<T>(this IServiceCollection services) where T : class, IPermissionProvider =>
        services.AddSingleton<IPermissionProvider, T>();

    public static IServiceCollection AddDashboardWidget<T>(this IServiceCollection services) where T : class, IDashboardWidget =>
        services.AddScoped<IDashboardWidget, T>();

    public static IServiceCollection AddAdminMenu<T>(this IServiceCollection services) where T : class, IAdminMenu =>
        services.AddSingleton<IAdminMenu, T>();

    public static IServiceCollection AddSetting(this IServiceCollection services, SettingDefinition setting) =>
        services.AddSingleton(setting);
}
