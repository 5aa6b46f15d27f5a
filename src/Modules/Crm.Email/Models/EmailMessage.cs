namespace Crm.Email.Models;

/// <summary>
/// An email to queue with <see cref="Services.EmailSender"/>. Addresses are "user@example.com" or "Name &lt;user@example.com&gt;".
/// Bulk mail (campaigns, newsletters) must carry an <see cref="UnsubscribeUrl"/>; it becomes the List-Unsubscribe header
/// (with List-Unsubscribe-Post for one-click unsubscribe when it is an https URL).
/// </summary>
public sealed record EmailMessage
{
    public required IReadOnlyList<string> To { get; init; }
    public IReadOnlyList<string> Cc { get; init; } = [];
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
    public string? HtmlBody { get; init; }

    /// <summary>The sender; null for the tenant's default sender.</summary>
    public string? From { get; init; }

    /// <summary>Extra headers (e.g. "Reply-To", "X-Campaign"); the ones the platform writes itself are refused.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Mail sent to many at once: marked "Precedence: bulk" and required to carry an unsubscribe URL.</summary>
    public bool Bulk { get; init; }

    /// <summary>An https (or mailto) URL that unsubscribes the recipient.</summary>
    public string? UnsubscribeUrl { get; init; }
}
