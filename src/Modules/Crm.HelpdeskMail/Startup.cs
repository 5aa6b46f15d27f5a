using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Navigation;
using Crm.Core.Scheduling;
using Crm.Core.Settings;
using Crm.HelpdeskMail.Imap;
using Crm.HelpdeskMail.Inbound;
using Crm.HelpdeskMail.Satisfaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.HelpdeskMail;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InboundMailOptions>(configuration.GetSection(InboundMailOptions.Section));
        services.AddSetting(new SettingDefinition(ImapSettings.SettingName,
            "The IMAP mailbox the helpdesk reads ({ Host, Port, TlsMode, UserName, Folder, ProcessedFolder, PollMinutes, Address }); the password is set on /admin/helpdesk/mail",
            ImapSettings.ValidateSetting));
        services.AddScoped<InboundMailStore>();
        services.AddScoped<SenderLookup>();
        services.AddScoped<InboundMailProcessor>();
        services.AddScoped<ImapSettingsStore>();
        services.AddScoped<ImapPollStore>();
        services.AddSingleton<IHelpdeskMailboxOpener, MailKitMailboxOpener>();
        services.AddDueWorkProcessor<ImapPoller>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();

        services.AddSetting(new SettingDefinition(SurveySettings.SettingName,
            "Satisfaction surveys: { \"BaseUrl\": \"https://crm.example.com\" (the address in survey links), \"ExpiresDays\": 14 }", SurveySettings.Validate));
        services.AddScoped<SurveyStore>();
        services.AddScoped<SurveyTokens>();
        services.AddScoped<SurveyLinks>();
        services.AddScoped<SurveyMail>();
        services.AddScoped<SurveyAnswers>();
        services.AddScoped<CsatReport>();
        services.AddContentHandler<SurveyRequestHandler>();
        services.AddPermissions<SatisfactionPermissions>();
        services.AddAdminMenu<SatisfactionMenu>();
    }
}
