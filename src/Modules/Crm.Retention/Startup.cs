using Crm.Core.Content.Screens;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Navigation;
using Crm.Core.Settings;
using Crm.Retention.Coupons;
using Crm.Retention.Results;
using Crm.Retention.Programs;
using Crm.Retention.Screens;
using Crm.Retention.Workflows;
using Crm.Workflows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Retention;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSetting(new SettingDefinition(ProgramSettings.SettingName,
            "Retention programs' holdout share and response window, e.g. { \"HappyCalls\": { \"HoldoutPercent\": 10, \"WindowDays\": 30 } }", ProgramSettings.Validate));
        services.AddScoped<CouponLookup>();
        services.AddScoped<CouponIssuer>();
        services.AddScoped<CouponRedemption>();
        services.AddContentPreparer<CouponPreparer>();
        services.AddFieldProblemTexts<RetentionText>();
        services.AddScoped<IItemActionSource, CouponActions>();

        services.AddScoped<ProgramSettingsStore>();
        services.AddScoped<ProgramSettingsEditor>();
        services.AddScoped<ProgramEnrolments>();
        services.AddScoped<ProgramCatalog>();
        services.AddScoped<ProgramOutcomes>();
        services.AddScoped<Celebrations>();
        services.AddActivity<EnrolInProgramActivity>();
        services.AddActivity<IssueCouponActivity>();
        services.AddActivity<FindCelebrationsActivity>();

        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
    }
}
