using System.Text.Json.Nodes;
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
    public async Task<IReadOnlyList<string>> ListedAsync(CancellationToken cancellationToken)
    {
        var all = await settings.GetAllAsync(cancellationToken);
        return all.GetValueOrDefault(LiveChatModel.AllowedOriginsSetting) is JsonArray origins
            ? origins.Select(o => Normalize(o?.ToString())).OfType<string>().ToList()
            : [];
    }

    public async Task<bool> AllowsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.Headers.TryGetValue("Origin", out var header) || string.IsNullOrEmpty(header.ToString())) return true;
        var origin = Normalize(header.ToString());
        if (origin is null) return false;
        if (origin == Normalize($"{request.Scheme}://{request.Host}")) return true;
        return (await ListedAsync(cancellationToken)).Contains(origin);
    }

    /// <summary>scheme://host[:port] in lower case, without a default port or a trailing slash; null for anything else.</summary>
    public static string? Normalize(string? origin) =>
        Uri.TryCreate(origin?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && uri.Query.Length == 0
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : null;

    /// <summary>The setting's check: a list of http(s) origins.</summary>
    public static string? Validate(JsonNode? value)
    {
        if (value is not JsonArray origins) return "must be a list of origins, e.g. [ \"https://www.example.com\" ]";
        foreach (var origin in origins)
        {
            if (Normalize(origin?.ToString()) is null) return $"'{origin}' is not an origin (scheme://host[:port], nothing after it)";
        }
        return null;
    }
}
