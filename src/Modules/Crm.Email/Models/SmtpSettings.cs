using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Crm.Core.Settings;
using Crm.Email.Services;

namespace Crm.Email.Models;

/// <summary>
/// A tenant's SMTP server and default sender, stored as the tenant setting "Email" (see <see cref="EmailSettingsStore"/>).
/// No host means no server: mail is kept as .eml files. The password is only ever held protected.
/// </summary>
public sealed record SmtpSettings
{
    public const string SettingName = "Email";

    internal static JsonSerializerOptions Json => ObjectSettingCheck.Json;

    public string? Host { get; init; }
    public int Port { get; init; } = 25;
    public SmtpTlsMode TlsMode { get; init; } = SmtpTlsMode.Auto;
    public string? UserName { get; init; }

    /// <summary>The password as Data Protection ("Crm.Email.Smtp") wrote it; never the password itself.</summary>
    public string? ProtectedPassword { get; init; }

    public string? FromAddress { get; init; }
    public string? FromName { get; init; }

    [JsonIgnore]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Problems by property name, as English texts (the screen translates them); empty when the settings are usable.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (IsConfigured && (Host!.Length > 255 || Uri.CheckHostName(Host) == UriHostNameType.Unknown))
        {
            errors[nameof(Host)] = "Enter a host name or IP address, such as smtp.example.com.";
        }
        if (Port is < 1 or > 65535) errors[nameof(Port)] = "Enter a port from 1 to 65535.";
        if (UserName is { Length: > 200 }) errors[nameof(UserName)] = "Use at most 200 characters.";
        if (ProtectedPassword is not null && string.IsNullOrEmpty(UserName)) errors[nameof(UserName)] = "A password needs a user name.";
        if (FromAddress is { Length: > 0 } from && !EmailAddresses.IsAddress(from))
        {
            errors[nameof(FromAddress)] = "Enter one email address, such as crm@example.com.";
        }
        else if (IsConfigured && string.IsNullOrEmpty(FromAddress))
        {
            errors[nameof(FromAddress)] = "Enter the address email is sent from.";
        }
        if (FromName is { Length: > 200 }) errors[nameof(FromName)] = "Use at most 200 characters.";
        return errors;
    }

    /// <summary>The "Email" setting's check for recipes: the shape, then <see cref="Validate"/>.</summary>
    public static string? ValidateSetting(JsonNode? value) =>
        ObjectSettingCheck.Check<SmtpSettings>(value, Json, "{ \"Host\": \"smtp.example.com\", \"Port\": 587, \"TlsMode\": \"StartTls\", \"FromAddress\": \"crm@example.com\" }", s => s.Validate());
}
