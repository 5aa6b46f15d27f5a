using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Crm.Core.Settings;
using Crm.Email.Models;
using Crm.Email.Services;

namespace Crm.HelpdeskMail.Imap;

/// <summary>
/// The mailbox the helpdesk polls, stored as the tenant setting "HelpdeskImap" (see <see cref="ImapSettingsStore"/>). No host
/// means no polling. The password is only ever held protected.
/// </summary>
public sealed record ImapSettings
{
    public const string SettingName = "HelpdeskImap";
    public const int MinPollMinutes = 1;
    public const int MaxPollMinutes = 1440;

    internal static JsonSerializerOptions Json => ObjectSettingCheck.Json;

    public string? Host { get; init; }
    public int Port { get; init; } = 993;
    public SmtpTlsMode TlsMode { get; init; } = SmtpTlsMode.SslOnConnect;
    public string? UserName { get; init; }

    /// <summary>The password as Data Protection ("Crm.Helpdesk.Imap") wrote it; never the password itself.</summary>
    public string? ProtectedPassword { get; init; }

    /// <summary>The folder read for new mail.</summary>
    public string Folder { get; init; } = "INBOX";

    /// <summary>Where read mail is moved; null to leave it in <see cref="Folder"/>, marked seen.</summary>
    public string? ProcessedFolder { get; init; }

    public int PollMinutes { get; init; } = 5;

    /// <summary>The support address customers write to: mail from it is the helpdesk's own and is ignored.</summary>
    public string? Address { get; init; }

    [JsonIgnore]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Problems by property name, as English texts (the screen translates them); empty when usable.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (IsConfigured && (Host!.Length > 255 || Uri.CheckHostName(Host) == UriHostNameType.Unknown)) errors[nameof(Host)] = "Enter a host name or IP address, such as imap.example.com.";
        if (Port is < 1 or > 65535) errors[nameof(Port)] = "Enter a port from 1 to 65535.";
        if (IsConfigured && string.IsNullOrEmpty(UserName)) errors[nameof(UserName)] = "Enter the mailbox's user name.";
        if (UserName is { Length: > 200 }) errors[nameof(UserName)] = "Use at most 200 characters.";
        if (string.IsNullOrWhiteSpace(Folder) || Folder.Length > 200) errors[nameof(Folder)] = "Enter a folder name, such as INBOX.";
        if (ProcessedFolder is { Length: > 200 }) errors[nameof(ProcessedFolder)] = "Use at most 200 characters.";
        if (PollMinutes is < MinPollMinutes or > MaxPollMinutes) errors[nameof(PollMinutes)] = "Enter minutes from 1 to 1440.";
        if (Address is { Length: > 0 } address && !EmailAddresses.IsAddress(address)) errors[nameof(Address)] = "Enter one email address, such as support@example.com.";
        return errors;
    }

    /// <summary>The setting's check for recipes: the shape, then <see cref="Validate"/>.</summary>
    public static string? ValidateSetting(JsonNode? value) =>
        ObjectSettingCheck.Check<ImapSettings>(value, Json, "{ \"Host\": \"imap.example.com\", \"Port\": 993, \"UserName\": \"support@example.com\", \"PollMinutes\": 5 }", s => s.Validate());
}
