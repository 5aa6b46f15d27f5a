using Crm.Core.Content.Queries;
using Crm.Core.Settings;
using Crm.Customers;
using Crm.Dashboard.Kpis;

namespace Crm.Campaigns.Services;

/// <summary>
/// How many customers (leads) each campaign sourced per month: one count over the whole period, grouped by the indexed
/// SourceCampaign relation and the month of creation in the tenant's time zone. (One statement per month read the period's
/// sourced customers once per month: 12 scans for a year, ~12 s at a million customers on PostgreSQL.)
/// </summary>
public sealed class SourcedLeads(ContentAggregates aggregates, TenantCalendar calendar)
{
    private const string CreatedUtc = "CreatedUtc";

    /// <returns>Leads by (campaign id, first day of the month); pairs without leads are absent.</returns>
    public async Task<IReadOnlyDictionary<(string Campaign, DateOnly Month), long>> ByMonthAsync(KpiPeriod period, string? campaign, CancellationToken cancellationToken)
    {
        var filter = CampaignFilters.All(
            campaign is null ? CampaignFilters.Set(CampaignModel.SourceCampaign) : CampaignFilters.Is(CampaignModel.SourceCampaign, FilterOperator.Eq, campaign),
            CampaignFilters.Instants(CreatedUtc, await calendar.StartOfAsync(period.FirstMonth, cancellationToken), await calendar.StartOfAsync(period.End, cancellationToken)));
        var counts = new Dictionary<(string, DateOnly), long>();
        foreach (var group in await CostLedger.TryAsync(() => aggregates.GroupByAsync(CustomerModel.Customer, filter, [CampaignModel.SourceCampaign, $"{CreatedUtc}:month"], cancellationToken: cancellationToken)))
        {
            if (group.Keys is [{ } id, { } month]) counts[(id, CostLedger.MonthOf(month))] = group.Count;
        }
        return counts;
    }
}
