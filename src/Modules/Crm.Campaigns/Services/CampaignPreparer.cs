using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Customers;

namespace Crm.Campaigns.Services;

/// <summary>
/// Refuses a campaign whose code another campaign already has (the code is the utm_campaign value that tracking and links
/// resolve to one campaign) and an audience that is not a saved query of customers — on every create, edit, import and API call.
/// </summary>
public sealed class CampaignPreparer(FeatureManager features, ContentQuery query, SavedQueries savedQueries) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Type.Name != CampaignModel.Campaign || !await features.IsEnabledAsync(CampaignModel.FeatureId, cancellationToken)) return;
        if (item.Changed(CampaignModel.Code) && item.Text(CampaignModel.Code) is { } code)
        {
            var same = await query.QueryAsync(new ContentQueryRequest
            {
                ContentType = CampaignModel.Campaign, Filter = CampaignFilters.Is(CampaignModel.Code, FilterOperator.Eq, code), First = 2, Count = CountMode.None,
            }, cancellationToken);
            if (same.Items.Any(other => other.Id != item.Before?.Id)) item.Refuse(CampaignModel.Code, new FieldProblem(FieldMessages.AlreadyTaken, code));
        }
        if (item.Changed(CampaignModel.Audience) && item.Text(CampaignModel.Audience) is { } audience)
        {
            var saved = await savedQueries.GetAsync(audience, cancellationToken);
            if (saved?.ContentType != CustomerModel.Customer) item.Refuse(CampaignModel.Audience, new FieldProblem(FieldMessages.NotASavedQueryOf, audience, CustomerModel.Customer));
        }
    }
}
