namespace Crm.HelpdeskMail.Satisfaction;

/// <summary>A row of helpdesk_surveys (times as canonical UTC text).</summary>
public sealed class Survey
{
    public string Id { get; set; } = "";
    public string TicketId { get; set; } = "";
    public string? AgentId { get; set; }
    public string Recipient { get; set; } = "";
    public string SentUtc { get; set; } = "";
    public string ExpiresUtc { get; set; } = "";
    public string? AnsweredUtc { get; set; }
    public int? Score { get; set; }
    public string? Comment { get; set; }
}
