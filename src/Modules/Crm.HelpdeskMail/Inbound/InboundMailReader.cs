using System.Security.Cryptography;
using MimeKit;
using MimeKit.IO;

namespace Crm.HelpdeskMail.Inbound;

/// <summary>Reads a raw RFC 5322 message with MimeKit into an <see cref="InboundMail"/>, refusing what is not one.</summary>
public static class InboundMailReader
{
    private const int MaxKeyLength = 250;

    /// <exception cref="MailRejectedException">Not a MIME message, or one without a sender.</exception>
    public static async Task<InboundMail> ReadAsync(byte[] raw, CancellationToken cancellationToken)
    {
        if (raw.Length == 0) throw new MailRejectedException("The body is empty: send the raw message (message/rfc822).");
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            message = await MimeMessage.LoadAsync(stream, cancellationToken);
        }
        catch (FormatException e)
        {
            throw new MailRejectedException($"The body is not a MIME message: {e.Message}", e);
        }
        if (!message.Headers.Contains(HeaderId.From) && !message.Headers.Contains(HeaderId.Subject) && !message.Headers.Contains(HeaderId.Date))
        {
            throw new MailRejectedException("The body is not a MIME message: it has no From, Subject or Date header.");
        }
        var from = message.From.Mailboxes.FirstOrDefault(m => m.Domain.Length > 0 && m.LocalPart.Length > 0)
            ?? throw new MailRejectedException("The message has no sender: its From header holds no email address.");
        return new InboundMail
        {
            Key = Key(message.MessageId, raw),
            From = from,
            Subject = (message.Subject ?? "").Trim(),
            Body = MailBodyText.Of(message),
            Attachments = await AttachmentsAsync(message, cancellationToken),
            AutomaticBecause = MailLoopRules.AutomaticBecause(message),
        };
    }

    private static string Key(string? messageId, byte[] raw) =>
        messageId is { Length: > 0 and <= MaxKeyLength } id ? id : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(messageId is { Length: > 0 } ? System.Text.Encoding.UTF8.GetBytes(messageId) : raw));

    private static async Task<IReadOnlyList<MailAttachment>> AttachmentsAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var list = new List<MailAttachment>();
        foreach (var part in message.Attachments)
        {
            switch (part)
            {
                case MimePart { Content: { } content } mime:
                    using (var measure = new MeasuringStream())
                    {
                        await content.DecodeToAsync(measure, cancellationToken);
                        list.Add(new MailAttachment(mime.FileName ?? mime.ContentType.MimeType, measure.Length));
                    }
                    break;
                case MessagePart { Message: { } attached }:
                    list.Add(new MailAttachment((attached.Subject ?? "message") + ".eml", -1));
                    break;
            }
        }
        return list;
    }
}
