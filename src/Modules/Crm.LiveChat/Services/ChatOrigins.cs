using Crm.Core.Settings;
using Microsoft.AspNetCore.Http;

namespace Crm.LiveChat.Services;

/// <summary>
/// The websites allowed to embed the tenant's widget: the tenant setting <see cref="LiveChatModel.AllowedOriginsSetting"/>
/// (a list of origins such as "https://www.example.com"). A request without an Origin header (a page of the CRM itself, a
/// script tag, a server) and a same-origin request pass; any other origin must be listed.
/// </summary>
public sealed class ChatOrigins(SiteSettings settings)
{
    public async Task<IReadOnlyList<string>> ListedAsync(CancellationToken cancellationToken) =>
        WebOrigins.Listed((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(LiveChatModel.AllowedOriginsSetting));

    public async Task<bool> AllowsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.Headers.TryGetValue("Origin", out var header) || string.IsNullOrEmpty(header.ToString())) return true;
        var origin = WebOrigins.Normalize(header.ToString());
        if (origin is null) return false;
        if (origin == WebOrigins.Normalize($"{request.Scheme}://{request.Host}")) return true;
        return (await ListedAsync(cancellationToken)).Contains(origin);
    }
}
