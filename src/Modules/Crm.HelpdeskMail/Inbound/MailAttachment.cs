namespace Crm.HelpdeskMail.Inbound;

/// <summary>An attachment as the ticket lists it: its file name and decoded size.</summary>
public sealed record MailAttachment(string Name, long Bytes);
