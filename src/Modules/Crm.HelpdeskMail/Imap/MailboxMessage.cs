namespace Crm.HelpdeskMail.Imap;

/// <summary>An unread message in the polled folder: its IMAP UID and size in bytes.</summary>
public sealed record MailboxMessage(uint Uid, long Size);
