using System.Text.Json.Nodes;
using Crm.Core.Outbox;
using Crm.Email.Models;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Crm.Email.Services;

/// <summary>Hands a message to the tenant's SMTP server with MailKit. A 5xx refusal of sender, recipient or message is permanent.</summary>
public sealed class SmtpTransport(EmailSettingsStore store)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<JsonObject> SendAsync(MimeMessage message, SmtpSettings settings, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("No SMTP host is set."), settings.Port, Security(settings.TlsMode), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, store.Password(settings) ?? "", cancellationToken);
        }
        string response;
        try
        {
            response = await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            throw new OutboxPermanentException($"The SMTP server refused the message: {(int)e.StatusCode} {e.Message}", e);
        }
        await client.DisconnectAsync(quit: true, cancellationToken);
        return new JsonObject { ["transport"] = "smtp", ["server"] = $"{settings.Host}:{settings.Port}", ["response"] = response };
    }

    private static SecureSocketOptions Security(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
