using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Customers;

namespace Crm.Campaigns.Services;

/// <summary>
/// Refuses an audience that is not a saved query of customers — on every create, edit, import and API call. (That no two
/// campaigns share a code, the utm_campaign value tracking resolves to one campaign, is the recipe's unique Code field,
/// which the content store enforces with a unique index.)
/// </summary>
public sealed class CampaignPreparer(FeatureManager features, SavedQueries savedQueries) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Type.Name != CampaignModel.Campaign || !await features.IsEnabledAsync(CampaignModel.FeatureId, cancellationToken)) return;
        if (item.Changed(CampaignModel.Audience) && item.Text(CampaignModel.Audience) is { } audience)
        {
            var saved = await savedQueries.GetAsync(audience, cancellationToken);
            if (saved?.ContentType != CustomerModel.Customer) item.Refuse(CampaignModel.Audience, new FieldProblem(FieldMessages.NotASavedQueryOf, audience, CustomerModel.Customer));
        }
    }
}
