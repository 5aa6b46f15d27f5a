using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Navigation;
using Crm.Dashboard.Kpis;
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

        services.AddScoped<KpiCalendar>();
        services.AddScoped<RevenueFigures>();
        services.AddScoped<AcquisitionCosts>();
        services.AddScoped<SalesKpis>();
        services.AddDashboardWidget<RevenueByMonthWidget>();
        services.AddDashboardWidget<SalesKpisWidget>();
        services.AddGraphQLSchemaContributor<GraphQL.SalesKpisSchemaContributor>();
        services.AddAdminMenu<SalesKpisMenu>();
    }
}
