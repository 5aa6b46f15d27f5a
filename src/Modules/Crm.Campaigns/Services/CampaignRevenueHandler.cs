using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Customers;
using Crm.Opportunities;

namespace Crm.Campaigns.Services;

/// <summary>
/// Marks customers stale in the kept campaign figures (<see cref="CampaignRevenueLedger"/>) in the transaction of the change
/// that can move their attribution or make them a lead: a Revenue row made, changed or removed (an order placed, re-dated,
/// cancelled or deleted); a response recorded, changed or withdrawn; the customer created with a source campaign, its source
/// campaign or keyword changed, or the customer deleted or restored; two customers merged (the merged one's orders now count
/// for the kept one). A campaign whose attribution window
/// changes, that is deleted, restored or merged, marks every customer it touches.
/// </summary>
public sealed class CampaignRevenueHandler(FeatureManager features, CampaignRevenueLedger ledger) : IContentHandler, IContentMergeHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Kind == ContentEventKind.Merged) return;
        var customers = change.Item.ContentType switch
        {
            OpportunityModel.Revenue => CustomersOf(change, OpportunityModel.Customer),
            CampaignModel.CampaignMember when Responded(change.Item) || (change.Before is { } before && Responded(before)) => CustomersOf(change, CampaignModel.MemberCustomer),
            CustomerModel.Customer when SourceChanged(change) => [change.Item.Id],
            _ => [],
        };
        var campaign = change.Item.ContentType == CampaignModel.Campaign && WindowChanged(change);
        if (customers.Count == 0 && !campaign) return;
        if (!await features.IsEnabledAsync(CampaignModel.FeatureId, cancellationToken)) return;
        if (customers.Count > 0) await ledger.MarkAsync(customers, cancellationToken);
        if (campaign) await ledger.MarkTouchedByAsync(change.Item.Id, cancellationToken);
    }

    /// <summary>
    /// A merge re-points relations without content events: the merged customer's orders and responses now belong to the kept
    /// one; the merged campaign's sourced customers and members now point at the kept campaign.
    /// </summary>
    public async Task MergedAsync(ContentItem kept, ContentItem merged, CancellationToken cancellationToken)
    {
        if (kept.ContentType is not (CustomerModel.Customer or CampaignModel.Campaign) || !await features.IsEnabledAsync(CampaignModel.FeatureId, cancellationToken)) return;
        if (kept.ContentType == CustomerModel.Customer)
        {
            await ledger.MarkAsync([kept.Id, merged.Id], cancellationToken);
            return;
        }
        await ledger.MarkTouchedByAsync(kept.Id, cancellationToken);
        await ledger.MarkTouchedByAsync(merged.Id, cancellationToken);
    }

    /// <summary>The customer the item points at, and the one it pointed at before a change.</summary>
    private static List<string> CustomersOf(ContentEvent change, string field) =>
        new[] { change.Item.Text(field), change.Before?.Text(field) }.OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Only a response touches a customer: adding members (an email campaign's whole audience) moves nothing.</summary>
    private static bool Responded(ContentItem member) =>
        member.Text(CampaignModel.MemberStatus) == CampaignModel.Responded && !string.IsNullOrEmpty(member.Text(CampaignModel.RespondedAt));

    private static bool SourceChanged(ContentEvent change) => change.Kind switch
    {
        ContentEventKind.Deleted or ContentEventKind.Restored => true,
        ContentEventKind.Updated => change.ChangedFields.Any(f => f.Field.Name is CampaignModel.SourceCampaign or CampaignModel.SourceKeyword),
        _ => !string.IsNullOrEmpty(change.Item.Text(CampaignModel.SourceCampaign)), // a new customer is a lead of its source campaign
    };

    private static bool WindowChanged(ContentEvent change) => change.Kind switch
    {
        ContentEventKind.Deleted or ContentEventKind.Restored => true,
        ContentEventKind.Updated => change.ChangedFields.Any(f => f.Field.Name == CampaignModel.AttributionWindowDays),
        _ => false, // nobody responded to or was sourced by a new campaign yet
    };
}
