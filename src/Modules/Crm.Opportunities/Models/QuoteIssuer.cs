using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Opportunities.Models;

/// <summary>
/// Who issues the tenant's quotes, as printed at their top (the tenant setting "QuoteIssuer"):
/// <c>{ "Name": "...", "BusinessNumber": "123-45-67890", "Representative": "...", "Address": "...", "Phone": "...", "Email": "..." }</c>.
/// Without it the site name is printed.
/// </summary>
public sealed record QuoteIssuer(string Name, string? BusinessNumber, string? Representative, string? Address, string? Phone, string? Email)
{
    public const string SettingName = "QuoteIssuer";
    private const int MaxLength = 200;
    private static readonly string[] Properties = ["Name", "BusinessNumber", "Representative", "Address", "Phone", "Email"];

    public static QuoteIssuer From(JsonNode? setting, string siteName) =>
        setting is JsonObject issuer && Validate(setting) is null && Text(issuer, "Name") is { } name
            ? new QuoteIssuer(name, Text(issuer, "BusinessNumber"), Text(issuer, "Representative"), Text(issuer, "Address"), Text(issuer, "Phone"), Text(issuer, "Email"))
            : new QuoteIssuer(siteName, null, null, null, null, null);

    /// <summary>Validates a value for the setting: null when good, else what is wrong.</summary>
    public static string? Validate(JsonNode? setting)
    {
        if (setting is not JsonObject issuer) return "QuoteIssuer must be an object such as { \"Name\": \"Acme Co., Ltd.\", \"BusinessNumber\": \"123-45-67890\" }";
        foreach (var (property, value) in issuer)
        {
            if (!Properties.Contains(property)) return $"QuoteIssuer.{property} is not known; known: {string.Join(", ", Properties)}";
            if (value is not null && (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String || text.GetValue<string>().Length > MaxLength))
            {
                return $"QuoteIssuer.{property} must be text of at most {MaxLength} characters";
            }
        }
        return Text(issuer, "Name") is null ? "QuoteIssuer.Name is required" : null;
    }

    private static string? Text(JsonObject issuer, string property) =>
        issuer[property] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
