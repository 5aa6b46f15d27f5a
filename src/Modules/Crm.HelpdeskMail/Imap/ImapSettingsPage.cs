namespace Crm.HelpdeskMail.Imap;

public sealed record ImapSettingsPage(ImapSettingsForm Form, bool HasPassword, ImapPollState? Poll)
{
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
    public string? Notice { get; init; }
}
