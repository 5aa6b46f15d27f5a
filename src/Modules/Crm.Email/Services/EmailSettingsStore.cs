using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Settings;
using Crm.Core.Tenants;
using Crm.Email.Models;
using Microsoft.AspNetCore.DataProtection;

namespace Crm.Email.Services;

/// <summary>
/// The tenant's SMTP settings. They live in the tenant settings table as the setting "Email" rather than in a table of
/// their own: settings are per tenant and cached per tenant version (no query per email), and a recipe's Settings step can
/// preset server and sender. The password is stored only as Data Protection output (keys in the host database, shared by
/// every node), bound to the tenant, so a copied value is useless elsewhere; a recipe cannot carry it in clear.
/// </summary>
public sealed class EmailSettingsStore(SiteSettings siteSettings, IDataProtectionProvider protection, TenantScope scope)
{
    public async Task<SmtpSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var all = await siteSettings.GetAllAsync(cancellationToken);
        return all.GetValueOrDefault(SmtpSettings.SettingName) is JsonObject stored
            ? stored.Deserialize<SmtpSettings>(SmtpSettings.Json) ?? new SmtpSettings()
            : new SmtpSettings();
    }

    /// <exception cref="ArgumentException">The settings do not validate.</exception>
    public Task SaveAsync(SmtpSettings settings, CancellationToken cancellationToken = default) =>
        siteSettings.SetAsync(SmtpSettings.SettingName, JsonSerializer.SerializeToNode(settings, SmtpSettings.Json), cancellationToken);

    public string Protect(string password) => Protector.Protect(password);

    /// <summary>The clear password, for the SMTP login only.</summary>
    public string? Password(SmtpSettings settings)
    {
        if (settings.ProtectedPassword is null) return null;
        try
        {
            return Protector.Unprotect(settings.ProtectedPassword);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException("The stored SMTP password cannot be read (the data-protection keys changed); enter it again on the email settings screen.", e);
        }
    }

    private IDataProtector Protector => protection.CreateProtector("Crm.Email.Smtp", scope.Tenant.Name);
}
