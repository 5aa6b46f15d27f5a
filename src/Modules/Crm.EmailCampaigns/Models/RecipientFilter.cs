namespace Crm.EmailCampaigns.Models;

/// <summary>The recipient list's filters: a status, an engagement (opened, clicked, unsubscribed), a piece of the address or name, and the page.</summary>
public sealed record RecipientFilter(string? Status, string? Engagement, string? Search, int Page)
{
    public const int PageSize = 50;
    public static readonly IReadOnlyList<string> Engagements = ["opened", "clicked", "unsubscribed"];
}
