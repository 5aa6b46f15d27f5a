using Crm.Core.Content.Store;

namespace Crm.Campaigns.Models;

/// <param name="Error">Why the response was not saved; null when the form is shown for the first time.</param>
public sealed record RespondPage(ContentItem Member, string Customer, string Campaign, string? Response, string? Error);
