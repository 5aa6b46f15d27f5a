using Crm.Core.Content.Screens;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Navigation;
using Crm.Core.Numbering;
using Crm.Core.Settings;
using Crm.GraphQL;
using Crm.Opportunities.Dashboard;
using Crm.Opportunities.GraphQL;
using Crm.Opportunities.Models;
using Crm.Opportunities.Screens;
using Crm.Opportunities.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Opportunities;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSetting(new SettingDefinition(PipelineProbabilities.SettingName,
            "Win probability in percent per open opportunity stage, e.g. { \"Qualification\": 10, \"Proposal\": 50 } (Won 100 and Lost 0 are fixed)", PipelineProbabilities.Validate));
        services.AddSetting(new SettingDefinition(QuoteIssuer.SettingName,
            "Who issues quotes, printed at their top: { \"Name\", \"BusinessNumber\", \"Representative\", \"Address\", \"Phone\", \"Email\" }", QuoteIssuer.Validate));
        services.AddScoped<PipelineSettingsStore>();
        services.AddScoped<ProbabilityRecalculation>();
        services.AddDueWorkProcessor<ProbabilityRecalculation>();
        services.AddScoped<LineSums>();
        services.AddScoped<CustomerOrderTotals>();
        services.AddScoped<SalesForecast>();
        services.AddScoped<PipelineSummary>();
        services.AddScoped<QuoteFromOpportunity>();
        services.AddScoped<QuotePrintBuilder>();

        services.AddDocumentNumber(new DocumentNumberRule(OpportunityModel.Quote, OpportunityModel.Number, OpportunityModel.QuotePrefix, OpportunityModel.FeatureId));
        services.AddDocumentNumber(new DocumentNumberRule(OpportunityModel.SalesOrder, OpportunityModel.Number, OpportunityModel.OrderPrefix, OpportunityModel.FeatureId));
        services.AddContentPreparer<LineTotalPreparer>();
        services.AddContentPreparer<OpportunityPreparer>();
        services.AddContentPreparer<QuoteTotalsPreparer>();
        services.AddContentHandler<LineRollupHandler>();
        services.AddContentHandler<WonOrderHandler>();
        services.AddContentHandler<RevenueScheduleHandler>();
        services.AddContentHandler<CustomerPurchaseHandler>();
        services.AddContentMergeHandler<CustomerPurchaseHandler>();

        services.AddScoped<IItemActionSource, QuoteActions>();
        services.AddDashboardWidget<MyPipelineWidget>();
        services.AddGraphQLSchemaContributor<ForecastSchemaContributor>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddScoped<IDynamicAdminMenu, PipelineMenu>();
    }
}
