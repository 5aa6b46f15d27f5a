using System.Globalization;
using Crm.Email.Models;

namespace Crm.HelpdeskMail.Imap;

/// <summary>The mailbox form as posted. The password is never sent back: only replaced or cleared.</summary>
public sealed class ImapSettingsForm
{
    public string? Host { get; set; }
    public string? Port { get; set; } = "993";
    public string? TlsMode { get; set; } = nameof(SmtpTlsMode.SslOnConnect);
    public string? UserName { get; set; }
    public string? NewPassword { get; set; }
    public bool ClearPassword { get; set; }
    public string? Folder { get; set; } = "INBOX";
    public string? ProcessedFolder { get; set; }
    public string? PollMinutes { get; set; } = "5";
    public string? Address { get; set; }

    public static ImapSettingsForm From(ImapSettings settings) => new()
    {
        Host = settings.Host,
        Port = settings.Port.ToString(CultureInfo.InvariantCulture),
        TlsMode = settings.TlsMode.ToString(),
        UserName = settings.UserName,
        Folder = settings.Folder,
        ProcessedFolder = settings.ProcessedFolder,
        PollMinutes = settings.PollMinutes.ToString(CultureInfo.InvariantCulture),
        Address = settings.Address,
    };

    /// <summary>The settings this form asks for; problems (by field, English texts) are added to <paramref name="errors"/>.</summary>
    public ImapSettings ToSettings(ImapSettings current, Func<string, string> protect, IDictionary<string, string> errors)
    {
        if (!Enum.TryParse<SmtpTlsMode>(TlsMode, ignoreCase: true, out var tls) || !Enum.IsDefined(tls)) errors[nameof(TlsMode)] = "Choose a TLS mode.";
        var settings = new ImapSettings
        {
            Host = Clean(Host),
            Port = Number(Port),
            TlsMode = tls,
            UserName = Clean(UserName),
            ProtectedPassword = ClearPassword ? null : string.IsNullOrEmpty(NewPassword) ? current.ProtectedPassword : protect(NewPassword),
            Folder = Clean(Folder) ?? "",
            ProcessedFolder = Clean(ProcessedFolder),
            PollMinutes = Number(PollMinutes),
            Address = Clean(Address),
        };
        foreach (var (field, error) in settings.Validate()) errors.TryAdd(field, error);
        return settings;
    }

    private static int Number(string? text) => int.TryParse(text?.Trim(), CultureInfo.InvariantCulture, out var n) ? n : 0; // 0: refused by Validate

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
