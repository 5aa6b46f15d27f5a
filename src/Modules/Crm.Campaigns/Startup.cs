using Crm.Campaigns.GraphQL;
using Crm.Campaigns.Screens;
using Crm.Campaigns.Services;
using Crm.Core.Content.Screens;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Dashboard;
using Crm.GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Campaigns;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CampaignDirectory>();
        services.AddScoped<CampaignScreens>();
        services.AddScoped<CostLedger>();
        services.AddScoped<AttributedRevenue>();
        services.AddScoped<CampaignRevenueLedger>();
        services.AddScoped<CampaignRevenueRefresh>();
        services.AddDueWorkProcessor<CampaignRevenueRefresh>();
        services.AddFeatureEventHandler<CampaignRevenueRefresh>();
        services.AddContentHandler<CampaignRevenueHandler>();
        services.AddContentMergeHandler<CampaignRevenueHandler>();
        services.AddScoped<SourcedLeads>();
        services.AddScoped<RoiReports>();
        services.AddScoped<AudienceMembers>();
        services.AddScoped<MemberResponses>();
        services.AddScoped<KeywordCostImport>();

        services.AddContentPreparer<CampaignPreparer>();
        services.AddContentPreparer<CampaignCostPreparer>();
        services.AddAcquisitionCostSource<CampaignAcquisitionCosts>();
        services.AddScoped<IItemActionSource, CampaignActions>();
        services.AddGraphQLSchemaContributor<CampaignRoiSchemaContributor>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
    }
}
