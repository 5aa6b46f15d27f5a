namespace Crm.EmailCampaigns.Sending;

/// <summary>One customer of a campaign's audience: a row of email_campaign_recipients (times as canonical UTC text).</summary>
public sealed record Recipient
{
    public string Id { get; init; } = "";
    public string CampaignId { get; init; } = "";
    public string CustomerId { get; init; } = "";

    /// <summary>The customer's place in the audience: recipients are mailed in this order.</summary>
    public int Position { get; init; }
    public string? Email { get; init; }
    public string? Name { get; init; }
    public string Status { get; init; } = RecipientStatus.Pending;
    public string? Reason { get; init; }
    public string Token { get; init; } = "";
    public string? OutboxId { get; init; }
    public string? QueuedUtc { get; init; }
    public string? SentUtc { get; init; }
    public string? OpenedUtc { get; init; }
    public string? ClickedUtc { get; init; }
    public string? UnsubscribedUtc { get; init; }
}
