using System.Globalization;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.Campaigns.Services;

/// <summary>A cost line belongs to a month: whatever day is entered, the month's first day is kept, so lines sum by month exactly.</summary>
public sealed class CampaignCostPreparer(FeatureManager features) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Type.Name != CampaignModel.CampaignCost || !item.Changed(CampaignModel.Month) || !await features.IsEnabledAsync(CampaignModel.FeatureId, cancellationToken)) return;
        if (DateOnly.TryParseExact(item.Text(CampaignModel.Month), DateFieldKind.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Day != 1)
        {
            item.Set(CampaignModel.Month, new DateOnly(day.Year, day.Month, 1).ToString(DateFieldKind.Format, CultureInfo.InvariantCulture));
        }
    }
}
