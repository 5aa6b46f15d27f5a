namespace Crm.HelpdeskMail.Imap;

/// <summary>Connects, signs in and opens the settings' folder for reading and flagging.</summary>
public interface IHelpdeskMailboxOpener
{
    Task<IHelpdeskMailbox> OpenAsync(ImapSettings settings, string? password, CancellationToken cancellationToken);
}
