using Crm.Core.Settings;
using Crm.Dashboard.Kpis;
using Crm.Opportunities.Models;

namespace Crm.Campaigns.Services;

/// <summary>
/// The Sales KPIs' acquisition spend: the campaigns' cost lines of the period's months. The KPIs ask for whole months in
/// the tenant's time zone, so the instants are turned back into the tenant's days and a cost line counts by its month.
/// </summary>
public sealed class CampaignAcquisitionCosts(CostLedger ledger, TenantTimeZone timeZone) : IAcquisitionCostSource
{
    public string Feature => CampaignModel.FeatureId;

    public async Task<IReadOnlyList<Money>> CostsAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var zone = await timeZone.GetAsync(cancellationToken);
        DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        return await ledger.SpendAsync(Day(start), Day(end), cancellationToken);
    }
}
