using Crm.Core.Outbox;

namespace Crm.Email.Models;

/// <summary>The email settings screen: the form, whether a password is set, where mail goes without a server, the last test.</summary>
public sealed record EmailSettingsPage(EmailSettingsForm Form, bool PasswordSet, bool Configured, string MailDirectory)
{
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
    public string? Notice { get; init; }
    public string? TestTo { get; init; }
    public OutboxMessage? Test { get; init; }
}
