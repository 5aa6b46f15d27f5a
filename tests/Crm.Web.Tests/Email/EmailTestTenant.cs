using Crm.Email.Models;
using Crm.Email.Services;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Email;

/// <summary>Shortcuts to the default tenant's email services.</summary>
public static class EmailTestTenant
{
    public static Task ConfigureSmtpAsync(this CrmTestHost host, int port) =>
        host.InTenantAsync("Default", s => s.GetRequiredService<EmailSettingsStore>().SaveAsync(new SmtpSettings
        {
            Host = "127.0.0.1", Port = port, TlsMode = SmtpTlsMode.None, FromAddress = "crm@example.com", FromName = "Acme CRM",
        }));

    public static async Task<string> QueueEmailAsync(this CrmTestHost host, EmailMessage message)
    {
        var id = "";
        await host.InTenantAsync("Default", async s => id = await s.GetRequiredService<EmailSender>().QueueAsync(message));
        return id;
    }
}
