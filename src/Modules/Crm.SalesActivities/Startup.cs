using Crm.Core.Content.Screens;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.SalesActivities.Screens;
using Crm.SalesActivities.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.SalesActivities;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentPreparer<ActivityDonePreparer>();
        services.AddContentHandler<LastActivityHandler>();
        services.AddScoped<ToDoQueries>();
        services.AddScoped<IItemActionSource, QuickLogActions>();
        services.AddDashboardWidget<Dashboard.MyDayWidget>();
        services.AddAdminMenu<AdminMenu>();
    }
}
