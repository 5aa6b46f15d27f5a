using Crm.Core.Content.Store;

namespace Crm.Campaigns.Models;

/// <param name="Rows">Every campaign with its figures over the period (null: no cost, revenue or lead in it).</param>
public sealed record CampaignListPage(RoiReport Report, IReadOnlyList<(ContentItem Campaign, RoiLine? Line)> Rows, IReadOnlyDictionary<string, string> Channels);
