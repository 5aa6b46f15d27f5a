using Crm.HelpdeskMail.Imap;

namespace Crm.Web.Tests.Helpdesk.Mail;

/// <summary>
/// An IMAP folder in memory at the poller's boundary (<see cref="IHelpdeskMailboxOpener"/>): messages by UID with their seen
/// flag and folder, the logins tried, and a way to make the server unreachable.
/// </summary>
internal sealed class FakeMailbox : IHelpdeskMailboxOpener, IHelpdeskMailbox
{
    private readonly List<Stored> _messages = [];
    private uint _nextUid = 1;

    public List<(string? User, string? Password, string Folder)> Logins { get; } = [];
    public Exception? Unreachable { get; set; }

    public uint Add(byte[] raw, long? size = null)
    {
        _messages.Add(new Stored(_nextUid, raw, size ?? raw.Length));
        return _nextUid++;
    }

    public bool Seen(uint uid) => _messages.Single(m => m.Uid == uid).Seen;
    public string FolderOf(uint uid) => _messages.Single(m => m.Uid == uid).Folder;

    private string? _processedFolder;

    public Task<IHelpdeskMailbox> OpenAsync(ImapSettings settings, string? password, CancellationToken cancellationToken)
    {
        Logins.Add((settings.UserName, password, settings.Folder));
        if (Unreachable is { } down) throw down;
        _processedFolder = settings.ProcessedFolder;
        return Task.FromResult<IHelpdeskMailbox>(this);
    }

    public Task<IReadOnlyList<MailboxMessage>> UnreadAsync(int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MailboxMessage>>(_messages.Where(m => !m.Seen && m.Folder == "INBOX").Take(max).Select(m => new MailboxMessage(m.Uid, m.Size)).ToList());

    public Task<byte[]> RawAsync(MailboxMessage message, CancellationToken cancellationToken) => Task.FromResult(_messages.Single(m => m.Uid == message.Uid).Raw);

    public Task MarkProcessedAsync(MailboxMessage message, CancellationToken cancellationToken)
    {
        var stored = _messages.Single(m => m.Uid == message.Uid);
        stored.Seen = true;
        if (_processedFolder is not null) stored.Folder = _processedFolder;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Stored(uint uid, byte[] raw, long size)
    {
        public uint Uid { get; } = uid;
        public byte[] Raw { get; } = raw;
        public long Size { get; } = size;
        public bool Seen { get; set; }
        public string Folder { get; set; } = "INBOX";
    }
}
