using Crm.Email.Models;

namespace Crm.Email.Services;

/// <summary>What a queued email must satisfy; a bad message is refused when queued, naming the problem, not retried later.</summary>
internal static class EmailMessageRules
{
    public const int MaxRecipients = 100;

    /// <summary>Headers the platform writes itself.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
        "List-Unsubscribe", "List-Unsubscribe-Post", "Precedence",
    };

    public static void Check(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.To is not { Count: > 0 }) throw new ArgumentException("An email needs at least one recipient (To).");
        if (message.To.Count + message.Cc.Count > MaxRecipients) throw new ArgumentException($"An email may have at most {MaxRecipients} recipients (To and Cc).");
        foreach (var (list, address) in message.To.Select(a => ("To", a)).Concat(message.Cc.Select(a => ("Cc", a))))
        {
            if (!EmailAddresses.IsAddress(address)) throw new ArgumentException($"{list}: '{address}' is not an email address.");
        }
        if (message.From is not null && !EmailAddresses.IsAddress(message.From)) throw new ArgumentException($"From: '{message.From}' is not an email address.");
        if (string.IsNullOrWhiteSpace(message.Subject) || message.Subject.Length > 998 || message.Subject.IndexOfAny(['\r', '\n']) >= 0)
        {
            throw new ArgumentException("Subject: must be one line of 1 to 998 characters.");
        }
        ArgumentNullException.ThrowIfNull(message.TextBody, nameof(message.TextBody));
        foreach (var (name, value) in message.Headers)
        {
            if (name.Length is 0 or > 76 || name.Any(c => c is <= ' ' or > '~' or ':')) throw new ArgumentException($"Header '{name}': not a valid header name.");
            if (Reserved.Contains(name)) throw new ArgumentException($"Header '{name}': written by the platform; use the message's own property.");
            if (value.IndexOfAny(['\r', '\n']) >= 0) throw new ArgumentException($"Header '{name}': the value must be one line.");
        }
        if (message.UnsubscribeUrl is { } url && !IsUnsubscribeUrl(url))
        {
            throw new ArgumentException($"UnsubscribeUrl: '{url}' must be an absolute https, http or mailto URL.");
        }
        if (message.Bulk && message.UnsubscribeUrl is null) throw new ArgumentException("Bulk email needs an UnsubscribeUrl (it becomes the List-Unsubscribe header).");
    }

    private static bool IsUnsubscribeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "mailto" && !url.Contains('>') && !url.Any(char.IsWhiteSpace);
}
