using Crm.Core.Content.Screens;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Settings;
using Crm.Customers.Models;
using Crm.Customers.Screens;
using Crm.Customers.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Customers;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSetting(new SettingDefinition(RecencyRules.SettingName,
            "Days without a completed activity per stage and grade, e.g. { \"Prospect\": { \"A\": 7, \"None\": 21 } }", RecencyRules.Validate));
        services.AddScoped<RecencySettingsStore>();
        services.AddScoped<ContactDueRecalculation>();
        services.AddDueWorkProcessor<ContactDueRecalculation>();
        services.AddContentPreparer<ContactDuePreparer>();
        services.AddScoped<StageMoveReason>();
        services.AddScoped<StageMoves>();
        services.AddContentHandler<StageHistoryHandler>();
        services.AddScoped<IItemActionSource, StageMoveActions>();
        services.AddPermissions<Permissions>();
        services.AddScoped<Dashboard.DueForContactQuery>();
        services.AddDashboardWidget<Dashboard.DueForContactWidget>();
        services.AddAdminMenu<AdminMenu>();
    }
}
