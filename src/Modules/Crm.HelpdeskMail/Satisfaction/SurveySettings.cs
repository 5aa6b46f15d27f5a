using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.HelpdeskMail.Satisfaction;

/// <summary>
/// Tenant setting "HelpdeskSurvey": the site's public address for the survey links in mail (a resolve made outside a web
/// request has no address to copy; without one, links use the address of the request that resolved the ticket) and how
/// many days a link stays valid.
/// </summary>
public sealed record SurveySettings
{
    public const string SettingName = "HelpdeskSurvey";
    public const int MaxExpiresDays = 90;

    /// <summary>e.g. https://crm.example.com (the tenant's URL prefix is added to it).</summary>
    public string? BaseUrl { get; init; }

    public int ExpiresDays { get; init; } = 14;

    public static SurveySettings From(JsonNode? value) =>
        value is JsonObject ? value.Deserialize<SurveySettings>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) ?? new() : new();

    public static string? Validate(JsonNode? value)
    {
        if (value is not JsonObject) return "must be an object such as { \"BaseUrl\": \"https://crm.example.com\", \"ExpiresDays\": 14 }";
        SurveySettings settings;
        try
        {
            settings = From(value);
        }
        catch (JsonException e)
        {
            return $"{e.Path}: {e.Message}";
        }
        if (settings.BaseUrl is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Query.Length > 0))
        {
            return "BaseUrl: must be an absolute http(s) address without a query, such as https://crm.example.com";
        }
        return settings.ExpiresDays is < 1 or > MaxExpiresDays ? $"ExpiresDays: must be 1 to {MaxExpiresDays}" : null;
    }
}
