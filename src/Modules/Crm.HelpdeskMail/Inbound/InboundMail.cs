using MimeKit;

namespace Crm.HelpdeskMail.Inbound;

/// <summary>A received message as the helpdesk reads it.</summary>
public sealed record InboundMail
{
    /// <summary>The Message-ID, or a hash of the raw message when it has none: the key that makes a redelivery a duplicate.</summary>
    public required string Key { get; init; }

    public required MailboxAddress From { get; init; }
    public required string Subject { get; init; }

    /// <summary>The text body (or the HTML body made text), trimmed.</summary>
    public required string Body { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>Why this is machine mail (an auto-reply, a bounce, a list) that must not make tickets, or null.</summary>
    public string? AutomaticBecause { get; init; }
}
