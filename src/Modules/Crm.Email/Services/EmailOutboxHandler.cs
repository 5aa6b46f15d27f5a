using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Outbox;
using Crm.Email.Models;

namespace Crm.Email.Services;

/// <summary>Delivers queued email: to the tenant's SMTP server when one is set, else into an .eml file so nothing is lost.</summary>
public sealed class EmailOutboxHandler(EmailSettingsStore settings, SmtpTransport smtp, EmlFileDrop files) : IOutboxHandler
{
    public string Kind => EmailSender.OutboxKind;

    public async Task<JsonObject?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        EmailMessage email;
        try
        {
            email = message.Payload.Deserialize<EmailMessage>(SmtpSettings.Json)
                ?? throw new OutboxPermanentException("The queued email is empty.");
        }
        catch (JsonException e)
        {
            throw new OutboxPermanentException($"The queued email cannot be read: {e.Message}", e);
        }
        var smtpSettings = await settings.GetAsync(cancellationToken);
        var mime = EmailMimeBuilder.Build(email, message, smtpSettings);
        return smtpSettings.IsConfigured
            ? await smtp.SendAsync(mime, smtpSettings, cancellationToken)
            : await files.WriteAsync(mime, message, cancellationToken);
    }
}
