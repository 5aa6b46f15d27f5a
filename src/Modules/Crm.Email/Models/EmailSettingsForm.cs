namespace Crm.Email.Models;

/// <summary>The email settings form as posted. The password is never sent back: only replaced or cleared.</summary>
public sealed class EmailSettingsForm
{
    public string? Host { get; set; }

    /// <summary>Text, so a wrong value gets the screen's own message.</summary>
    public string? Port { get; set; } = "25";

    public string? TlsMode { get; set; } = nameof(SmtpTlsMode.Auto);
    public string? UserName { get; set; }
    public string? NewPassword { get; set; }
    public bool ClearPassword { get; set; }
    public string? FromAddress { get; set; }
    public string? FromName { get; set; }

    public static EmailSettingsForm From(SmtpSettings settings) => new()
    {
        Host = settings.Host,
        Port = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TlsMode = settings.TlsMode.ToString(),
        UserName = settings.UserName,
        FromAddress = settings.FromAddress,
        FromName = settings.FromName,
    };

    /// <summary>The settings this form asks for; problems (by field, English texts) are added to <paramref name="errors"/>.</summary>
    public SmtpSettings ToSettings(SmtpSettings current, Func<string, string> protect, IDictionary<string, string> errors)
    {
        if (!Enum.TryParse<SmtpTlsMode>(TlsMode, ignoreCase: true, out var tls) || !Enum.IsDefined(tls)) errors[nameof(TlsMode)] = "Choose a TLS mode.";
        var settings = new SmtpSettings
        {
            Host = Clean(Host),
            Port = int.TryParse(Port?.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : 0, // 0: refused by Validate
            TlsMode = tls,
            UserName = Clean(UserName),
            ProtectedPassword = ClearPassword ? null : string.IsNullOrEmpty(NewPassword) ? current.ProtectedPassword : protect(NewPassword),
            FromAddress = Clean(FromAddress),
            FromName = Clean(FromName),
        };
        foreach (var (field, error) in settings.Validate()) errors.TryAdd(field, error);
        return settings;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
