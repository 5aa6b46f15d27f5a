using System.Text.Json.Nodes;

namespace Crm.Core.Settings;

/// <summary>
/// Website origins as tenant settings list them (the sites allowed to embed a widget or be tracked): scheme://host[:port]
/// in lower case, without a default port, a path or a trailing slash — the form browsers send in the Origin header.
/// </summary>
public static class WebOrigins
{
    /// <summary>The origin in that form, or null for anything that is not an http(s) origin (a path, a query, user info...).</summary>
    public static string? Normalize(string? origin) =>
        Uri.TryCreate(origin?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && uri.Query.Length == 0
        && uri.UserInfo.Length == 0
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : null;

    /// <summary>A setting's check: a list of http(s) origins.</summary>
    public static string? Validate(JsonNode? value)
    {
        if (value is not JsonArray origins) return "must be a list of origins, e.g. [ \"https://www.example.com\" ]";
        foreach (var origin in origins)
        {
            if (Normalize(origin?.ToString()) is null) return $"'{origin}' is not an origin (scheme://host[:port], nothing after it)";
        }
        return null;
    }

    /// <summary>The origins a setting's value lists, normalised (entries that are not origins left out).</summary>
    public static IReadOnlyList<string> Listed(JsonNode? value) =>
        value is JsonArray origins ? origins.Select(o => Normalize(o?.ToString())).OfType<string>().ToList() : [];
}
