namespace Crm.HelpdeskMail.Inbound;

/// <summary>A raw message that cannot become a ticket at all (not MIME, no sender); the text names the problem.</summary>
public sealed class MailRejectedException(string message, Exception? inner = null) : Exception(message, inner);
