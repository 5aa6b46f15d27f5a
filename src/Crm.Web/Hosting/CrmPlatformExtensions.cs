using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Tenants;
using Crm.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace Crm.Web.Hosting;

public static class CrmPlatformExtensions
{
    /// <summary>Kernel, every module's feature startups, MVC with module views, data protection, first-start setup.</summary>
    public static WebApplicationBuilder AddCrmPlatform(this WebApplicationBuilder builder)
    {
        var catalog = FeatureCatalog.FromAssemblies(ModuleDiscovery.FromHost(typeof(Program).Assembly));
        var services = builder.Services;
        services.AddCrmKernel(builder.Configuration, catalog);

        var startups = new FeatureStartups(catalog);
        foreach (var startup in startups.All) startup.Instance.ConfigureServices(services, builder.Configuration);
        services.AddSingleton(startups);

        services.AddCrmLocalization();
        services.AddCors(); // modules name their policies (e.g. the live-chat widget's allowed origins per tenant)
        services.AddControllersWithViews()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization()
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var module in catalog.Modules.Where(m => parts.ApplicationParts.All(p => p.Name != m.Assembly.GetName().Name)))
                {
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(module.Assembly).GetApplicationParts(module.Assembly))
                    {
                        parts.ApplicationParts.Add(part);
                    }
                }
            });
        services.AddOptions<MvcOptions>().Configure<FeatureCatalog>((mvc, features) => mvc.Conventions.Add(new FeatureControllerConvention(features)));

        return builder;
    }

    /// <summary>Tenant resolution, request culture, static files, routing, feature gate, CORS, authentication, endpoints.</summary>
    public static WebApplication UseCrmPlatform(this WebApplication app)
    {
        app.UseMiddleware<TenantMiddleware>();
        // After the tenant middleware: the tenant's "Culture" setting is a fallback; before routing: every endpoint sees the culture.
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapCrmHealth();
        app.MapControllers();
        app.Services.GetRequiredService<FeatureStartups>().MapEndpoints(app);
        return app;
    }
}
