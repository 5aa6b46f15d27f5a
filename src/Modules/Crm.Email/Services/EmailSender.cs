using System.Text.Json;
using Crm.Email.Models;
using OutboxService = Crm.Core.Outbox.Outbox;

namespace Crm.Email.Services;

/// <summary>
/// How modules and workflows send email: the message is checked, then queued in the tenant's outbox (in the caller's
/// transaction) and delivered by <see cref="EmailOutboxHandler"/> — by SMTP, or as an .eml file when no server is set.
/// </summary>
public sealed class EmailSender(OutboxService outbox)
{
    /// <summary>The outbox kind of email messages.</summary>
    public const string OutboxKind = "email";

    /// <returns>The outbox message id, to follow its delivery.</returns>
    /// <exception cref="ArgumentException">The message is not sendable (the text says why).</exception>
    public Task<string> QueueAsync(EmailMessage message, CancellationToken cancellationToken = default) =>
        QueueAsync(message, correlation: null, cancellationToken);

    /// <param name="correlation">Kept on the outbox message, e.g. the workflow bookmark that waits for the delivery.</param>
    public Task<string> QueueAsync(EmailMessage message, string? correlation, CancellationToken cancellationToken = default)
    {
        EmailMessageRules.Check(message);
        var payload = JsonSerializer.SerializeToNode(message, SmtpSettings.Json)!.AsObject();
        return outbox.EnqueueAsync(OutboxKind, payload, correlation, cancellationToken);
    }
}
