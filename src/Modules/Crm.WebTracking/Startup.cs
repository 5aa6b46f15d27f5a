using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Navigation;
using Crm.Core.Redis;
using Crm.Core.Settings;
using Crm.WebTracking.Collection;
using Crm.WebTracking.Endpoints;
using Crm.WebTracking.Forms;
using Crm.WebTracking.Retention;
using Crm.WebTracking.Settings;
using Crm.WebTracking.Reports;
using Crm.WebTracking.Storage;
using Crm.WebTracking.Visits;
using Crm.Core.Content.Screens;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.WebTracking;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        foreach (var setting in TrackingSettings.Definitions()) services.AddSetting(setting);
        // Limits shared by every node through Redis when the deployment has it; otherwise (and while Redis is unreachable) per node.
        services.AddSingleton<MemoryHitRateLimiter>();
        if (configuration[SharedRedis.ConfigurationKey] is { Length: > 0 })
        {
            services.AddSingleton<RedisHitRateLimiter>();
            services.AddSingleton<IHitRateLimiter>(sp => sp.GetRequiredService<RedisHitRateLimiter>());
        }
        else
        {
            services.AddSingleton<IHitRateLimiter>(sp => sp.GetRequiredService<MemoryHitRateLimiter>());
        }
        services.AddSingleton<GeoIpRegions>();
        services.AddSingleton(sp => new UserAgentParser(UserAgentParser.DefaultRulesPath, sp.GetRequiredService<ILogger<UserAgentParser>>()));
        services.AddScoped<PageViewStore>();
        services.AddScoped<HitCollector>();
        services.AddScoped<WebForms>();
        services.AddScoped<LeadAttribution>();
        services.AddScoped<LeadCapture>();
        services.AddContentPreparer<WebFormPreparer>();
        services.AddScoped<TrackingReport>();
        services.AddScoped<CustomerVisits>();
        services.AddScoped<IItemActionSource, WebVisitsAction>();
        services.AddDueWorkProcessor<PageViewPurge>();
        services.AddFeatureEventHandler<PurgeScheduling>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTracking();
    }
}
