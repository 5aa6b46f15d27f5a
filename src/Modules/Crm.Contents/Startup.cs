using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Navigation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Contents;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAdminMenu<AdminMenu>();
        services.AddScoped<IDynamicAdminMenu, ContentTypesMenu>();
        services.AddItemScreens();
        services.AddContentImport();
        services.AddContentTools();
        services.AddSavedViews();
    }
}
