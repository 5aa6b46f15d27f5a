using Crm.Core.Outbox;
using Crm.Email.Models;
using MimeKit;

namespace Crm.Email.Services;

/// <summary>Builds the MIME message of a queued email: sender defaults, a Message-ID stable across retries, bulk headers.</summary>
internal static class EmailMimeBuilder
{
    private const string FallbackSender = "noreply@localhost";

    public static MimeMessage Build(EmailMessage email, OutboxMessage queued, SmtpSettings settings)
    {
        var from = email.From is not null ? EmailAddresses.Parse(email.From)
            : EmailAddresses.Parse(settings.FromAddress) is { } address ? new MailboxAddress(settings.FromName ?? "", address.Address)
            : EmailAddresses.Parse(FallbackSender);
        if (from is null) throw new OutboxPermanentException($"'{email.From}' is not an email address.");

        var mime = new MimeMessage { Subject = email.Subject, Date = queued.CreatedUtc, MessageId = $"{queued.Id}@{from.Domain}" };
        mime.From.Add(from);
        mime.To.AddRange(email.To.Select(Mailbox));
        mime.Cc.AddRange(email.Cc.Select(Mailbox));
        foreach (var (name, value) in email.Headers) mime.Headers.Add(name, value);
        if (email.Bulk) mime.Headers.Add("Precedence", "bulk");
        if (email.UnsubscribeUrl is { } url)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{url}>");
            if (url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mime.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return mime;
    }

    private static MailboxAddress Mailbox(string text) =>
        EmailAddresses.Parse(text) ?? throw new OutboxPermanentException($"'{text}' is not an email address.");
}
