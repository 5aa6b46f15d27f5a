using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;

namespace Crm.Campaigns.Services;

/// <summary>
/// Records a member's response: status Responded, the time and what the customer did or said. Staff record one by hand
/// ("Record a response"); other modules record what they observed (a click in an email campaign) through
/// <see cref="RespondOnceAsync"/>, which never overwrites a response already recorded.
/// </summary>
public sealed class MemberResponses(ContentManager content, ContentQuery query, TenantDb db)
{
    /// <exception cref="ContentConcurrencyException">The member changed since <paramref name="member"/> was read.</exception>
    public Task<ContentItem> RecordAsync(ContentItem member, string response, DateTimeOffset at, CancellationToken cancellationToken) =>
        content.UpdateAsync(member.Id, Values(response, at), member.Version, cancellationToken);

    /// <summary>
    /// The customer responded to the campaign at <paramref name="at"/>: their member becomes Responded (a customer who was
    /// not a member yet becomes one, responded). A member who responded before keeps that first response.
    /// </summary>
    /// <returns>True when a response was recorded now.</returns>
    public async Task<bool> RespondOnceAsync(string campaignId, string customerId, string response, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var member = (await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = CampaignModel.CampaignMember,
            Filter = CampaignFilters.All(CampaignFilters.Is(CampaignModel.CostCampaign, FilterOperator.Eq, campaignId), CampaignFilters.Is(CampaignModel.MemberCustomer, FilterOperator.Eq, customerId)),
            OrderBy = ["Id"], First = 1, Count = CountMode.None,
        }, cancellationToken)).Items.FirstOrDefault();
        if (member?.Text(CampaignModel.MemberStatus) == CampaignModel.Responded) return false;
        if (member is null)
        {
            var values = Values(response, at);
            values[CampaignModel.CostCampaign] = campaignId;
            values[CampaignModel.MemberCustomer] = customerId;
            await content.CreateAsync(CampaignModel.CampaignMember, values, cancellationToken: cancellationToken);
        }
        else
        {
            await RecordAsync(member, response, at, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static JsonObject Values(string response, DateTimeOffset at) => new()
    {
        [CampaignModel.MemberStatus] = CampaignModel.Responded,
        [CampaignModel.RespondedAt] = DateTimeFieldKind.Canonical(at),
        [CampaignModel.Response] = response,
    };
}
