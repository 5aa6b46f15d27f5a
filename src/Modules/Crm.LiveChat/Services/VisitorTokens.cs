using System.Security.Cryptography;
using System.Text.Json;
using Crm.LiveChat.Models;
using Microsoft.AspNetCore.DataProtection;

namespace Crm.LiveChat.Services;

/// <summary>
/// The signed token a visitor gets when a chat starts (ASP.NET Core Data Protection, keys shared by every node through the
/// host database). It names the tenant, the conversation and the visitor: with it a visitor reads and writes that one
/// conversation of that one tenant, and nothing else. A forged, altered or other tenant's token reads as null.
/// </summary>
public sealed class VisitorTokens(IDataProtectionProvider provider)
{
    private const string Purpose = "Crm.LiveChat.VisitorToken.v1";

    public string Issue(string tenant, VisitorIdentity identity) =>
        Protector(tenant).Protect(JsonSerializer.Serialize(identity));

    public VisitorIdentity? Read(string tenant, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000) return null;
        try
        {
            return JsonSerializer.Deserialize<VisitorIdentity>(Protector(tenant).Unprotect(token)) is { ConversationId.Length: > 0, VisitorId.Length: > 0 } identity
                ? identity
                : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private IDataProtector Protector(string tenant) => provider.CreateProtector(Purpose, tenant);
}
