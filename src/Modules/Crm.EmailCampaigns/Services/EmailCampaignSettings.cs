using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.EmailCampaigns.Services;

/// <summary>
/// Tenant setting "EmailCampaigns": the site's public address for the tracking and unsubscribe links in campaign mail.
/// Campaigns are sent in the background, where no request tells the address, so a campaign cannot be scheduled without it.
/// </summary>
public sealed record EmailCampaignSettings
{
    public const string SettingName = "EmailCampaigns";

    /// <summary>e.g. https://crm.example.com (the tenant's URL prefix is added to it).</summary>
    public string? BaseUrl { get; init; }

    public static EmailCampaignSettings From(JsonNode? value) =>
        value is JsonObject ? value.Deserialize<EmailCampaignSettings>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) ?? new() : new();

    public static string? Validate(JsonNode? value)
    {
        if (value is not JsonObject) return "must be an object such as { \"BaseUrl\": \"https://crm.example.com\" }";
        EmailCampaignSettings settings;
        try
        {
            settings = From(value);
        }
        catch (JsonException e)
        {
            return $"{e.Path}: {e.Message}";
        }
        return settings.BaseUrl is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Query.Length > 0)
            ? "BaseUrl: must be an absolute http(s) address without a query, such as https://crm.example.com"
            : null;
    }
}
