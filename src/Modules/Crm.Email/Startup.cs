using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Outbox;
using Crm.Core.Settings;
using Crm.Email.Models;
using Crm.Email.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Email;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<EmailSettingsStore>();
        services.AddScoped<EmailSender>();
        services.AddScoped<SmtpTransport>();
        services.AddScoped<EmlFileDrop>();
        services.AddOutboxHandler<EmailOutboxHandler>();
        services.AddSetting(new SettingDefinition(SmtpSettings.SettingName,
            "SMTP server and default sender ({ Host, Port, TlsMode, UserName, FromAddress, FromName }); the password is set on /admin/email", SmtpSettings.ValidateSetting));
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
    }
}
