using Crm.Campaigns.Models;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Settings;

namespace Crm.Campaigns.Services;

/// <summary>What the campaign list and a campaign's page show besides the ROI figures: the campaigns, members and responses.</summary>
public sealed class CampaignScreens(ContentQuery query, ContentAggregates aggregates, ContentManager content, ContentDefinitionManager definitions, TenantTimeZone timeZone)
{
    public const int LatestResponses = 20;
    public const int MaxListed = ContentQueryRequest.MaxPageSize;

    /// <summary>The campaigns, newest start first (at most <see cref="MaxListed"/>; the generated list pages through all).</summary>
    public async Task<IReadOnlyList<ContentItem>> CampaignsAsync(CancellationToken cancellationToken) =>
        (await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = CampaignModel.Campaign, OrderBy = [$"{CampaignModel.StartDate} desc", "Id"], First = MaxListed, Count = CountMode.None,
        }, cancellationToken)).Items;

    /// <summary>Members per status, counted in the database.</summary>
    public async Task<IReadOnlyDictionary<string, long>> MembersAsync(string campaignId, CancellationToken cancellationToken) =>
        (await CostLedger.TryAsync(() => aggregates.GroupByAsync(CampaignModel.CampaignMember, OfCampaign(campaignId), [CampaignModel.MemberStatus], cancellationToken: cancellationToken)))
        .ToDictionary(g => g.Keys[0] ?? "", g => g.Count);

    /// <summary>The latest responses with the responding customer's name.</summary>
    public async Task<IReadOnlyList<(ContentItem Member, string Customer)>> ResponsesAsync(string campaignId, CancellationToken cancellationToken)
    {
        var members = (await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = CampaignModel.CampaignMember,
            Filter = CampaignFilters.All(OfCampaign(campaignId), CampaignFilters.Is(CampaignModel.MemberStatus, FilterOperator.Eq, CampaignModel.Responded)),
            OrderBy = [$"{CampaignModel.RespondedAt} desc", "Id"], First = LatestResponses, Count = CountMode.None,
        }, cancellationToken)).Items;
        var customers = (await content.GetManyAsync(members.Select(m => m.Text(CampaignModel.MemberCustomer)).OfType<string>().Distinct(), cancellationToken))
            .ToDictionary(c => c.Id, c => c.DisplayText);
        return members.Select(m => (m, customers.GetValueOrDefault(m.Text(CampaignModel.MemberCustomer) ?? "") ?? "")).ToList();
    }

    /// <summary>The Channel field's options, value → label, in the type editor's order.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ChannelsAsync(CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        var field = defs.FindType(CampaignModel.Campaign) is { } type ? defs.FindField(type, CampaignModel.Channel) : null;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in field?.Field.Settings.Options ?? []) labels.TryAdd(option.Value, option.Label);
        return labels;
    }

    /// <summary>The day the campaign started (its start date, else the day it was created), in the tenant's time zone.</summary>
    public async Task<DateOnly> StartedAsync(ContentItem campaign, CancellationToken cancellationToken) =>
        DateOnly.TryParse(campaign.Text(CampaignModel.StartDate), System.Globalization.CultureInfo.InvariantCulture, out var start)
            ? start
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(campaign.CreatedUtc, await timeZone.GetAsync(cancellationToken)).DateTime);

    private static FilterNode OfCampaign(string campaignId) => CampaignFilters.Is(CampaignModel.CostCampaign, FilterOperator.Eq, campaignId);
}
