using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.SampleData.Recipes;
using Crm.SampleData.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.SampleData;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SampleDataOptions>(configuration.GetSection(SampleDataOptions.Section));
        services.AddScoped<SampleStaff>();
        services.AddScoped<SampleOpportunities>();
        services.AddScoped<SampleTickets>();
        services.AddScoped<SampleArticles>();
        services.AddScoped<SampleCampaigns>();
        services.AddScoped<SampleDataGenerator>();
        services.AddRecipeStep<SampleDataStep>();
    }
}
