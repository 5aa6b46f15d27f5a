using Crm.Campaigns.Models;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Customers;
using Crm.Dashboard.Kpis;

namespace Crm.Campaigns.Services;

/// <summary>
/// How many customers (leads) each campaign sourced per month: a customer whose SourceCampaign is the campaign is its lead
/// in the month of its creation, in the tenant's time zone. Counted over a period with one statement grouped by the indexed
/// SourceCampaign relation and the month (<see cref="ByMonthAsync"/>), or listed for some customers
/// (<see cref="OfCustomersAsync"/>: what <see cref="CampaignRevenueLedger"/> keeps per customer).
/// </summary>
public sealed class SourcedLeads(ContentAggregates aggregates, TenantCalendar calendar, TenantDb db, ContentDefinitionManager definitions, FieldKinds kinds,
    TenantTimeZone timeZone)
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

    /// <summary>The leads among some customers: each sourced one with its campaign and month of creation.</summary>
    public async Task<IReadOnlyList<Lead>> OfCustomersAsync(IReadOnlyCollection<string> customers, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        if (customers.Count == 0 || defs.FindType(CustomerModel.Customer) is not { } type || defs.FindField(type, CampaignModel.SourceCampaign) is not { } source) return [];
        var sourceOf = ContentExpressions.Field(db.Dialect, source, kinds.Get(source.Field.Kind), "cu");
        var zone = await timeZone.GetAsync(cancellationToken);
        return await db.QueryAsync(
            $"SELECT cu.id, {sourceOf}, cu.created_utc FROM content_items cu WHERE {ContentExpressions.TypePredicate(CustomerModel.Customer, "cu")} " +
            $"AND {db.Dialect.InList("cu.id", "customers")} AND {sourceOf} IS NOT NULL",
            new { customers = customers.ToArray() },
            row => new Lead(row.GetString(0), row.GetString(1), MonthIn(row.GetString(2), zone)), cancellationToken);
    }

    private static DateOnly MonthIn(string instant, TimeZoneInfo zone) => KpiPeriod.MonthOf(AttributedRevenue.DayIn(instant, zone));
}
