namespace Crm.HelpdeskMail.Imap;

/// <summary>When the mailbox is next polled, and how the last poll went (times as canonical UTC text).</summary>
public sealed class ImapPollState
{
    public string NextUtc { get; set; } = "";
    public string? LastUtc { get; set; }
    public int LastCount { get; set; }
    public string? LastError { get; set; }
}
