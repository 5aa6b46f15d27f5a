using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;

namespace Crm.HelpdeskMail.Imap;

/// <summary>An open IMAP folder through MailKit (made by <see cref="MailKitMailboxOpener"/>); disposing signs out.</summary>
public sealed class MailKitMailbox(ImapClient client, IMailFolder folder, IMailFolder? processed) : IHelpdeskMailbox
{
    public async Task<IReadOnlyList<MailboxMessage>> UnreadAsync(int max, CancellationToken cancellationToken)
    {
        var uids = (await folder.SearchAsync(SearchQuery.NotSeen, cancellationToken)).Take(max).ToList();
        if (uids.Count == 0) return [];
        var summaries = await folder.FetchAsync(uids, MessageSummaryItems.UniqueId | MessageSummaryItems.Size, cancellationToken);
        return summaries.Select(s => new MailboxMessage(s.UniqueId.Id, s.Size ?? 0)).OrderBy(m => m.Uid).ToList();
    }

    public async Task<byte[]> RawAsync(MailboxMessage message, CancellationToken cancellationToken)
    {
        var mime = await folder.GetMessageAsync(new UniqueId(message.Uid), cancellationToken);
        using var buffer = new MemoryStream();
        await mime.WriteToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    public async Task MarkProcessedAsync(MailboxMessage message, CancellationToken cancellationToken)
    {
        var uid = new UniqueId(message.Uid);
        await folder.StoreAsync(uid, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen) { Silent = true }, cancellationToken);
        if (processed is not null) await folder.MoveToAsync(uid, processed, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected) await client.DisconnectAsync(quit: true);
        client.Dispose();
    }
}
