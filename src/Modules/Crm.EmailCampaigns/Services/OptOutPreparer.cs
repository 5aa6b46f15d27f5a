using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.EmailCampaigns.Services;

/// <summary>A customer's EmailOptOutAt follows EmailOptOut, whoever sets it (the unsubscribe page, staff, an import): stamped when set, cleared when lifted.</summary>
public sealed class OptOutPreparer(FeatureManager features, TimeProvider clock) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Type.Name != EmailCampaignModel.Customer || !item.Changed(EmailCampaignModel.EmailOptOut) || !item.HasField(EmailCampaignModel.EmailOptOutAt)) return;
        if (!await features.IsEnabledAsync(EmailCampaignModel.FeatureId, cancellationToken)) return;
        var optedOut = item.Value(EmailCampaignModel.EmailOptOut) is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<bool>(out var set) && set;
        var wasOptedOut = item.Before?.Text(EmailCampaignModel.EmailOptOut) == "true";
        if (optedOut && !wasOptedOut) item.Set(EmailCampaignModel.EmailOptOutAt, DateTimeFieldKind.Canonical(clock.GetUtcNow()));
        else if (!optedOut && wasOptedOut) item.Set(EmailCampaignModel.EmailOptOutAt, null);
    }
}
