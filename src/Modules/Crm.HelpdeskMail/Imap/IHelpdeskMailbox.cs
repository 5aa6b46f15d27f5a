namespace Crm.HelpdeskMail.Imap;

/// <summary>
/// The poller's view of an open IMAP folder: the unread messages, one message's raw bytes, and marking one processed
/// (seen, and moved when a processed folder is set). <see cref="MailKitMailbox"/> is the real one.
/// </summary>
public interface IHelpdeskMailbox : IAsyncDisposable
{
    Task<IReadOnlyList<MailboxMessage>> UnreadAsync(int max, CancellationToken cancellationToken);

    Task<byte[]> RawAsync(MailboxMessage message, CancellationToken cancellationToken);

    Task MarkProcessedAsync(MailboxMessage message, CancellationToken cancellationToken);
}
