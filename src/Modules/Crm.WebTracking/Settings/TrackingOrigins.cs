using System.Text.Json.Nodes;

namespace Crm.WebTracking.Settings;

/// <summary>The allowed websites' origins: scheme://host[:port] in lower case, without a default port or a trailing slash.</summary>
public static class TrackingOrigins
{
    public static string? Normalize(string? origin) =>
        Uri.TryCreate(origin?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && uri.Query.Length == 0
        && uri.UserInfo.Length == 0
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : null;

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
