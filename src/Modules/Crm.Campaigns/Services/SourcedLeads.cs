using Crm.Core.Content.Queries;
using Crm.Core.Settings;
using Crm.Customers;
using Crm.Dashboard.Kpis;

namespace Crm.Campaigns.Services;

/// <summary>
/// How many customers (leads) each campaign sourced per month: one count per month of the period, grouped by the
/// indexed SourceCampaign relation, with the month's bounds in the tenant's time zone.
/// </summary>
public sealed class SourcedLeads(ContentAggregates aggregates, TenantCalendar calendar)
{
    /// <returns>Leads by (campaign id, first day of the month); pairs without leads are absent.</returns>
    public async Task<IReadOnlyDictionary<(string Campaign, DateOnly Month), long>> ByMonthAsync(KpiPeriod period, string? campaign, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(string, DateOnly), long>();
        foreach (var month in period.EachMonth)
        {
            var filter = CampaignFilters.All(
                campaign is null ? CampaignFilters.Set(CampaignModel.SourceCampaign) : CampaignFilters.Is(CampaignModel.SourceCampaign, FilterOperator.Eq, campaign),
                CampaignFilters.Instants("CreatedUtc", await calendar.StartOfAsync(month, cancellationToken), await calendar.StartOfAsync(month.AddMonths(1), cancellationToken)));
            foreach (var group in await CostLedger.TryAsync(() => aggregates.GroupByAsync(CustomerModel.Customer, filter, [CampaignModel.SourceCampaign], cancellationToken: cancellationToken)))
            {
                if (group.Keys[0] is { } id) counts[(id, month)] = group.Count;
            }
        }
        return counts;
    }
}
