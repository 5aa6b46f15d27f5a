namespace Crm.HelpdeskMail.Inbound;

/// <summary>Configuration section <c>Crm:HelpdeskMail</c>.</summary>
public sealed class InboundMailOptions
{
    public const string Section = "Crm:HelpdeskMail";

    /// <summary>The largest raw message accepted, attachments included (10 MiB); larger ones are refused, nothing stored.</summary>
    public long MaxMessageBytes { get; set; } = 10 * 1024 * 1024;
}
