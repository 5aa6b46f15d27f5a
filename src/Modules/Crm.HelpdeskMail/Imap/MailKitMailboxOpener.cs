using Crm.Email.Models;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;

namespace Crm.HelpdeskMail.Imap;

/// <summary>Opens the tenant's IMAP folder with MailKit's <see cref="ImapClient"/>.</summary>
public sealed class MailKitMailboxOpener : IHelpdeskMailboxOpener
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<IHelpdeskMailbox> OpenAsync(ImapSettings settings, string? password, CancellationToken cancellationToken)
    {
        var client = new ImapClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("No IMAP host is set."), settings.Port, Security(settings.TlsMode), cancellationToken);
            await client.AuthenticateAsync(settings.UserName ?? "", password ?? "", cancellationToken);
            var folder = await client.GetFolderAsync(settings.Folder, cancellationToken);
            var processed = settings.ProcessedFolder is { Length: > 0 } name ? await client.GetFolderAsync(name, cancellationToken) : null;
            await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
            return new MailKitMailbox(client, folder, processed);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static SecureSocketOptions Security(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
