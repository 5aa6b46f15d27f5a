using Crm.Dashboard.Kpis;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>Adds a source of customer acquisition costs (a marketing module's), counted while its feature is enabled.</summary>
    public static IServiceCollection AddAcquisitionCostSource<T>(this IServiceCollection services) where T : class, IAcquisitionCostSource =>
        services.AddScoped<IAcquisitionCostSource, T>();
}
