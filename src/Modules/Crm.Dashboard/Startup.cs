using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Dashboard.Services;
using Crm.Dashboard.Widgets;
using Crm.GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Dashboard;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TeamFigures>();
        services.AddDashboardWidget<ActivitiesPerRepWidget>();
        services.AddDashboardWidget<StageFunnelWidget>();
        services.AddGraphQLSchemaContributor<GraphQL.DashboardSchemaContributor>();
        services.AddPermissions<Permissions>();
    }
}
