using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Settings;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.DataProtection;

namespace Crm.HelpdeskMail.Imap;

/// <summary>
/// The tenant's IMAP mailbox settings, kept like the SMTP settings: a tenant setting (cached per tenant version, presettable
/// by a recipe without the password), the password as Data Protection output bound to the tenant.
/// </summary>
public sealed class ImapSettingsStore(SiteSettings siteSettings, IDataProtectionProvider protection, TenantScope scope)
{
    public async Task<ImapSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var all = await siteSettings.GetAllAsync(cancellationToken);
        return all.GetValueOrDefault(ImapSettings.SettingName) is JsonObject stored
            ? stored.Deserialize<ImapSettings>(ImapSettings.Json) ?? new ImapSettings()
            : new ImapSettings();
    }

    public Task SaveAsync(ImapSettings settings, CancellationToken cancellationToken = default) =>
        siteSettings.SetAsync(ImapSettings.SettingName, JsonSerializer.SerializeToNode(settings, ImapSettings.Json), cancellationToken);

    public string Protect(string password) => Protector.Protect(password);

    /// <summary>The clear password, for the IMAP login only.</summary>
    public string? Password(ImapSettings settings)
    {
        if (settings.ProtectedPassword is null) return null;
        try
        {
            return Protector.Unprotect(settings.ProtectedPassword);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException("The stored IMAP password cannot be read (the data-protection keys changed); enter it again on the helpdesk mail screen.", e);
        }
    }

    private IDataProtector Protector => protection.CreateProtector("Crm.Helpdesk.Imap", scope.Tenant.Name);
}
