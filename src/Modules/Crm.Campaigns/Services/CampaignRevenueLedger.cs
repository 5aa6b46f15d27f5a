using System.Globalization;
using Crm.Campaigns.Models;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Scheduling;
using Crm.Core.Settings;
using Crm.Customers;

namespace Crm.Campaigns.Services;

/// <summary>
/// The campaign figures kept per customer — attributed revenue (<see cref="AttributedRevenue"/>) in campaign_revenue and
/// leads (<see cref="SourcedLeads"/>) in campaign_leads — so that the ROI screen reads a year of them from two narrow tables
/// instead of working them out from every Revenue row and customer. Whatever can move them marks the customer stale inside
/// its own transaction (<see cref="CampaignRevenueHandler"/>): the revenue rows of their orders, their source campaign, their
/// creation with a source, a response, a merge, a window or a campaign touching them. Stale customers are worked out again
/// before a report reads, when there are few (up to <see cref="ReadThrough"/>), or in the background
/// (<see cref="CampaignRevenueRefresh"/>) when there are many (an import, an existing tenant's first rows, the window of a
/// large campaign); meanwhile a report works its figures out itself. Either way a report counts every committed change.
/// </summary>
public sealed class CampaignRevenueLedger(
    TenantDb db,
    AttributedRevenue attribution,
    SourcedLeads leads,
    ContentDefinitionManager definitions,
    FieldKinds kinds,
    TenantTimeZone timeZone,
    DueWork due,
    TimeProvider clock)
{
    /// <summary>A report works out at most this many stale customers before reading the kept rows.</summary>
    public const int ReadThrough = 2000;

    /// <summary>Stale customers worked out per transaction.</summary>
    public const int Batch = 500;

    /// <summary>Stale customers are worked out in the background this long after the first is marked, so a burst is done at once.</summary>
    private static readonly TimeSpan RefreshDelay = TimeSpan.FromMinutes(1);

    private static readonly string[] RevenueColumns = ["customer_id", "campaign_id", "keyword", "window_start", "order_date", "month", "currency", "amount"];
    private static readonly string[] LeadColumns = ["customer_id", "campaign_id", "month"];

    private bool _refreshAsked;

    /// <summary>
    /// Brings the kept rows up to date for a report: works out the stale customers when there are few. False when there are
    /// too many (the background is asked to catch up) or attribution is impossible: the report works its figures out itself.
    /// </summary>
    /// <param name="campaigns">Every campaign with its window.</param>
    public async Task<bool> CatchUpAsync(IReadOnlyDictionary<string, CampaignInfo> campaigns, CancellationToken cancellationToken)
    {
        if (!await FollowBasisAsync(cancellationToken)) return false;
        var stale = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM (SELECT 1 FROM campaign_revenue_stale LIMIT @limit) s", new { limit = ReadThrough + 1 }, cancellationToken);
        if (stale > ReadThrough)
        {
            await due.ScheduleAsync(clock.GetUtcNow(), cancellationToken);
            return false;
        }
        while (await RefreshAsync(Batch, campaigns, cancellationToken) > 0)
        {
        }
        return true;
    }

    /// <summary>The kept attributed revenue recognised in the months [first, end) (after <see cref="CatchUpAsync"/>).</summary>
    /// <param name="campaign">One campaign's revenue only; null: every campaign's.</param>
    public async Task<IReadOnlyList<AttributedRow>> RevenueAsync(DateOnly first, DateOnly end, string? campaign, CancellationToken cancellationToken)
    {
        var sql = "SELECT customer_id, campaign_id, keyword, window_start, order_date, month, currency, amount FROM campaign_revenue " +
                  $"WHERE month >= @first AND month < @end{(campaign is null ? "" : " AND campaign_id = @campaign")}";
        var days = new Dictionary<string, DateOnly>(StringComparer.Ordinal); // a year of rows holds a few hundred distinct days
        DateOnly DayOf(string text) => days.TryGetValue(text, out var day) ? day : days[text] = Day(text);
        return await db.QueryAsync(sql, new { first = CampaignFilters.Day(first), end = CampaignFilters.Day(end), campaign }, row =>
            new AttributedRow(row.GetString(0), row.GetString(1), row.IsDBNull(2) ? null : row.GetString(2), DayOf(row.GetString(3)), DayOf(row.GetString(4)),
                DayOf(row.GetString(5)), row.GetString(6), row.GetDecimal(7)), cancellationToken);
    }

    /// <summary>The kept leads created in the months [first, end), by campaign and month, as <see cref="SourcedLeads.ByMonthAsync"/> counts them.</summary>
    public async Task<IReadOnlyDictionary<(string Campaign, DateOnly Month), long>> LeadsAsync(DateOnly first, DateOnly end, string? campaign, CancellationToken cancellationToken)
    {
        var sql = "SELECT campaign_id, month, COUNT(*) FROM campaign_leads " +
                  $"WHERE month >= @first AND month < @end{(campaign is null ? "" : " AND campaign_id = @campaign")} GROUP BY campaign_id, month";
        var rows = await db.QueryAsync(sql, new { first = CampaignFilters.Day(first), end = CampaignFilters.Day(end), campaign },
            row => (Key: (row.GetString(0), Day(row.GetString(1))), Count: row.GetInt64(2)), cancellationToken);
        return rows.ToDictionary(r => r.Key, r => r.Count);
    }

    /// <summary>Works out up to <paramref name="count"/> stale customers again, in one transaction.</summary>
    /// <returns>How many were worked out; 0 when none was stale.</returns>
    public async Task<int> RefreshAsync(int count, IReadOnlyDictionary<string, CampaignInfo> campaigns, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        // Claimed rows stay locked until the commit: a change committed meanwhile marks its customer stale again after it.
        var customers = (await db.QueryAsync<string>(
            $"SELECT customer_id FROM campaign_revenue_stale ORDER BY customer_id LIMIT @count {db.Dialect.ClaimLockSuffix}", new { count }, cancellationToken)).ToArray();
        if (customers.Length == 0) return 0;
        var revenue = await attribution.OfCustomersAsync(customers, campaigns, cancellationToken);
        var sourced = await leads.OfCustomersAsync(customers, cancellationToken);
        var theirs = db.Dialect.InList("customer_id", "customers");
        await db.ExecuteAsync($"DELETE FROM campaign_revenue WHERE {theirs}", new { customers }, cancellationToken);
        await db.ExecuteAsync($"DELETE FROM campaign_leads WHERE {theirs}", new { customers }, cancellationToken);
        await BulkInsert.ExecuteAsync(db, "campaign_revenue", RevenueColumns, new HashSet<string>(),
            revenue.Select(r => new object?[]
            {
                r.Customer, r.Campaign, r.Keyword, CampaignFilters.Day(r.WindowStart), CampaignFilters.Day(r.OrderDate), CampaignFilters.Day(r.Month), r.Currency, r.Amount,
            }).ToList(), cancellationToken);
        await BulkInsert.ExecuteAsync(db, "campaign_leads", LeadColumns, new HashSet<string>(),
            sourced.Select(l => new object?[] { l.Customer, l.Campaign, CampaignFilters.Day(l.Month) }).ToList(), cancellationToken);
        await db.ExecuteAsync($"DELETE FROM campaign_revenue_stale WHERE {theirs}", new { customers }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return customers.Length;
    }

    /// <summary>Marks customers stale in the open transaction, and asks for the background to work them out soon.</summary>
    public async Task MarkAsync(IEnumerable<string> customers, CancellationToken cancellationToken)
    {
        var marked = 0;
        foreach (var customer in customers.Distinct(StringComparer.Ordinal))
        {
            marked += await db.ExecuteAsync("INSERT INTO campaign_revenue_stale (customer_id) VALUES (@customer) ON CONFLICT (customer_id) DO NOTHING", new { customer }, cancellationToken);
        }
        if (marked > 0 && !_refreshAsked)
        {
            _refreshAsked = true; // once per scope: an import marks thousands
            await due.ScheduleAsync(clock.GetUtcNow() + RefreshDelay, cancellationToken);
        }
    }

    /// <summary>Marks stale every customer a campaign touches (sourced, responded or kept with revenue for it): its window or existence changed.</summary>
    public async Task MarkTouchedByAsync(string campaign, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        string? At(string type, string field, string table) =>
            defs.FindType(type) is { } t && defs.FindField(t, field) is { } f ? ContentExpressions.Field(db.Dialect, f, kinds.Get(f.Field.Kind), table) : null;
        var touched = new List<string> { "SELECT customer_id FROM campaign_revenue WHERE campaign_id = @campaign", "SELECT customer_id FROM campaign_leads WHERE campaign_id = @campaign" };
        if (At(CustomerModel.Customer, CampaignModel.SourceCampaign, "cu") is { } source)
        {
            touched.Add($"SELECT cu.id FROM content_items cu WHERE {ContentExpressions.TypePredicate(CustomerModel.Customer, "cu")} AND {source} = @campaign");
        }
        if (At(CampaignModel.CampaignMember, CampaignModel.MemberCustomer, "m") is { } member && At(CampaignModel.CampaignMember, CampaignModel.CostCampaign, "m") is { } of)
        {
            touched.Add($"SELECT {member} FROM content_items m WHERE {ContentExpressions.TypePredicate(CampaignModel.CampaignMember, "m")} AND {of} = @campaign AND {member} IS NOT NULL");
        }
        await MarkWhereAsync(string.Join(" UNION ", touched), new { campaign }, cancellationToken);
    }

    /// <summary>Marks every customer stale (and every customer with kept rows): the feature comes back after being off, or the time zone or the fields changed.</summary>
    public Task MarkAllAsync(CancellationToken cancellationToken) =>
        MarkWhereAsync($"SELECT id AS customer_id FROM content_items WHERE content_type = '{CustomerModel.Customer}' UNION SELECT customer_id FROM campaign_revenue " +
                        "UNION SELECT customer_id FROM campaign_leads", null, cancellationToken);

    /// <param name="customers">A SELECT (or UNION) whose first column, named customer_id, is the customers' ids.</param>
    private async Task MarkWhereAsync(string customers, object? args, CancellationToken cancellationToken)
    {
        // SQLite needs a WHERE in an INSERT … SELECT with an upsert clause, to tell ON CONFLICT from a join's ON.
        var marked = await db.ExecuteAsync(
            $"INSERT INTO campaign_revenue_stale (customer_id) SELECT customer_id FROM ({customers}) c WHERE customer_id IS NOT NULL ON CONFLICT (customer_id) DO NOTHING",
            args, cancellationToken);
        if (marked > 0) await due.ScheduleAsync(clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// The kept rows were worked out in a time zone (a customer's window starts on a day in it) and with the fields attribution
    /// could see then: when either changes, every customer is marked stale. Reports and the background check this first.
    /// </summary>
    /// <returns>False when attribution is impossible (an admin removed a field it cannot do without).</returns>
    public async Task<bool> FollowBasisAsync(CancellationToken cancellationToken)
    {
        if (await attribution.BasisAsync(cancellationToken) is not { } fields) return false;
        var basis = $"{(await timeZone.GetAsync(cancellationToken)).Id}; {fields}";
        var kept = await db.QuerySingleOrDefaultAsync<string?>("SELECT basis FROM campaign_revenue_state WHERE id = 1", null, cancellationToken);
        if (kept == basis) return true;
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        // None kept yet: the rows so far were worked out on this basis (the migration marked every customer there was).
        if (kept is not null) await MarkAllAsync(cancellationToken);
        await db.ExecuteAsync("INSERT INTO campaign_revenue_state (id, basis) VALUES (1, @basis) ON CONFLICT (id) DO UPDATE SET basis = excluded.basis", new { basis },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, DateFieldKind.Format, CultureInfo.InvariantCulture);
}
