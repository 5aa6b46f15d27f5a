using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Navigation;
using Crm.Core.Scheduling;
using Crm.Core.Settings;
using Crm.Grades.Rfm;
using Crm.Grades.Rules;
using Crm.Grades.Sweep;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Grades;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSetting(new SettingDefinition(GradeRuleSet.SettingName,
            "Customer grade rules, first match wins: { \"Rules\": [ { \"Name\": \"VIP\", \"Grade\": \"VIP\", \"Filter\": \"PurchasesLast12Months:gte:2,AverageBasket:gte:1.5*@tenantAverageBasket\" } ], \"SweepHour\": 2 }",
            GradeRuleSet.Validate));
        services.AddScoped<GradeChangeReason>();
        services.AddScoped<GradeSweepStore>();
        services.AddScoped<GradeRuleCompiler>();
        services.AddScoped<GradeDistribution>();
        services.AddScoped<RfmCalculator>();
        services.AddScoped<RfmWriter>();
        services.AddScoped<GradeAssigner>();
        services.AddDueWorkProcessor<GradeSweep>();
        services.AddContentHandler<GradeHistoryHandler>();
        services.AddFeatureEventHandler<GradesEnabledHandler>();
        services.AddRecipeStep<Samples.PurchaseHistoriesStep>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
    }
}
