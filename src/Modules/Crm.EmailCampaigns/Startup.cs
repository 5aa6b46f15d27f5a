using Crm.Core.Content.Screens;
using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Outbox;
using Crm.Core.Settings;
using Crm.EmailCampaigns.Screens;
using Crm.EmailCampaigns.Sending;
using Crm.EmailCampaigns.Services;
using Crm.EmailCampaigns.Tracking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.EmailCampaigns;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSetting(new SettingDefinition(EmailCampaignSettings.SettingName,
            "Email campaigns: { \"BaseUrl\": \"https://crm.example.com\" } (the site address in tracking and unsubscribe links)", EmailCampaignSettings.Validate));
        services.AddScoped<LiquidSyntaxCheck>();
        services.AddScoped<RecipientStore>();
        services.AddScoped<LinkSigner>();
        services.AddScoped<CampaignLinks>();
        services.AddScoped<LinkTags>();
        services.AddScoped<ClickRecorder>();
        services.AddScoped<CampaignMail>();
        services.AddScoped<AudienceMaterializer>();
        services.AddScoped<CampaignDispatch>();
        services.AddScoped<CampaignActions>();
        services.AddScoped<CampaignReport>();
        services.AddScoped<Unsubscribes>();
        services.AddDueWorkProcessor<CampaignSender>();
        services.AddOutboxCompletionHandler<CampaignDeliveryHandler>();
        services.AddContentPreparer<EmailCampaignPreparer>();
        services.AddContentPreparer<OptOutPreparer>();
        services.AddFieldProblemTexts<EmailCampaignsText>();
        services.AddContentHandler<CampaignScheduleHandler>();
        services.AddScoped<IItemActionSource, CampaignResultsAction>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
    }
}
