using System.Data.Common;
using System.Globalization;
using Crm.Campaigns.Models;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Customers;
using Crm.Opportunities;
using Crm.Opportunities.Models;

namespace Crm.Campaigns.Services;

/// <summary>
/// Revenue campaigns brought in, counted as the Sales KPIs count revenue: the Revenue rows Crm.Opportunities keeps per
/// order and month (cancelled and deleted orders have none). A campaign touches a customer when it sourced them (the
/// customer's SourceCampaign, from the day the customer was created) or when they responded to it (a Responded member,
/// from the day of the response — a tracked click in an email campaign records one). Each order counts for one campaign
/// at most (<see cref="Attribute"/>), so totals, channels and months never count an order twice. One statement joins each
/// Revenue row to its customer and sums per customer, order date, month and currency (customers without a touch are left
/// out in SQL); a second reads the responses of those customers; the windows are applied per row. The order date comes
/// from the Revenue row (rows made before it carried one read it from their order). This is the computation;
/// <see cref="CampaignRevenueLedger"/> keeps its result per customer so that the ROI screen need not run it over a year.
/// </summary>
public sealed class AttributedRevenue(TenantDb db, ContentDefinitionManager definitions, FieldKinds kinds, TenantTimeZone timeZone)
{
    /// <summary>The revenue recognised in a period.</summary>
    /// <param name="first">The first day of the first month of recognised revenue.</param>
    /// <param name="end">The first day after the last month.</param>
    /// <param name="campaigns">Every campaign with its window: an order's campaign is chosen among all of them.</param>
    /// <param name="campaign">One campaign's revenue only; null: every campaign's.</param>
    public Task<IReadOnlyList<AttributedRow>> RowsAsync(DateOnly first, DateOnly end, IReadOnlyDictionary<string, CampaignInfo> campaigns, string? campaign,
        CancellationToken cancellationToken) =>
        ReadAsync(new Selection(first, end, campaign, null), campaigns, cancellationToken);

    /// <summary>All the attributed revenue of some customers, whatever its month.</summary>
    public Task<IReadOnlyList<AttributedRow>> OfCustomersAsync(IReadOnlyCollection<string> customers, IReadOnlyDictionary<string, CampaignInfo> campaigns,
        CancellationToken cancellationToken) =>
        customers.Count == 0 ? Task.FromResult<IReadOnlyList<AttributedRow>>([]) : ReadAsync(new Selection(null, null, null, customers), campaigns, cancellationToken);

    /// <summary>
    /// Which touches the tenant's definitions let attribution see ("source keyword responses windows"); null when an admin removed
    /// a field it cannot do without, and no revenue is attributed. Rows worked out under another basis are out of date.
    /// </summary>
    public async Task<string?> BasisAsync(CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        if (Plan.Of(defs) is not { } plan) return null;
        // Without the window field every campaign has the default window (CampaignDirectory).
        var windows = Field(defs, CampaignModel.Campaign, CampaignModel.AttributionWindowDays) is null ? null : "windows";
        return string.Join(' ', new[] { plan.Source is null ? null : "source", plan.Keyword is null ? null : "keyword", plan.Responses is null ? null : "responses", windows }
            .OfType<string>());
    }

    private async Task<IReadOnlyList<AttributedRow>> ReadAsync(Selection selection, IReadOnlyDictionary<string, CampaignInfo> campaigns, CancellationToken cancellationToken)
    {
        if (Plan.Of(await definitions.GetAsync(cancellationToken)) is not { } plan) return [];
        var dialect = db.Dialect;
        string At(ContentFieldReference field, string table) => ContentExpressions.Field(dialect, field, kinds.Get(field.Field.Kind), table);
        var campaign = selection.Campaign;
        var sourceOf = plan.Source is null ? "NULL" : At(plan.Source, "cu");
        var keywordOf = plan.Keyword is null ? "NULL" : At(plan.Keyword, "cu");
        var monthOf = At(plan.Month, "r");
        var currencyOf = ContentExpressions.Property(dialect, plan.Amount, "Currency", FieldStorage.Text, "r");
        var orderDateOf = $"(SELECT {At(plan.OrderDate, "o")} FROM content_items o WHERE o.id = {At(plan.OrderOf, "r")} AND {ContentExpressions.TypePredicate(OpportunityModel.SalesOrder, "o")})";
        var dateOf = plan.RevenueOrderDate is null ? orderDateOf : $"COALESCE({At(plan.RevenueOrderDate, "r")}, {orderDateOf})";
        var responses = plan.Responses;
        var sourced = plan.Source is null ? "1 = 0" : campaign is null ? $"{sourceOf} IS NOT NULL" : $"{sourceOf} = @campaign";
        var responded = responses is null ? "1 = 0"
            : $"EXISTS (SELECT 1 FROM content_items m WHERE {ContentExpressions.TypePredicate(CampaignModel.CampaignMember, "m")} AND {At(responses.Customer, "m")} = cu.id " +
              $"AND {At(responses.Status, "m")} = @responded AND {At(responses.At, "m")} IS NOT NULL{(campaign is null ? "" : $" AND {At(responses.Campaign, "m")} = @campaign")})";
        var months = selection.First is null ? "" : $" AND {monthOf} >= @first AND {monthOf} < @end";
        // Both sides name the customers, so the planner may start from the Revenue rows' customer index.
        var customers = selection.Customers is null ? "" : $" AND {dialect.InList(At(plan.CustomerOf, "r"), "customers")} AND {dialect.InList("cu.id", "customers")}";
        var sql =
            $"SELECT cu.id, cu.created_utc, {sourceOf}, {keywordOf}, {dateOf}, {monthOf}, {currencyOf}, SUM({At(plan.Amount, "r")}) " +
            "FROM content_items r " +
            $"JOIN content_items cu ON cu.id = {At(plan.CustomerOf, "r")} AND {ContentExpressions.TypePredicate(CustomerModel.Customer, "cu")} " +
            $"WHERE {ContentExpressions.TypePredicate(OpportunityModel.Revenue, "r")}{months}{customers} AND ({sourced} OR {responded})" +
            // By position: the order date may be a subquery. PostgreSQL takes no constant in GROUP BY, so a Customer type
            // without the source fields groups without them.
            $" GROUP BY 1, 2{(plan.Source is null ? "" : ", 3")}{(plan.Keyword is null ? "" : ", 4")}, 5, 6, 7";
        var zone = await timeZone.GetAsync(cancellationToken);
        var args = new Dictionary<string, object?>
        {
            ["first"] = selection.First is { } f ? CampaignFilters.Day(f) : null,
            ["end"] = selection.End is { } e ? CampaignFilters.Day(e) : null,
            ["campaign"] = campaign,
            ["responded"] = CampaignModel.Responded,
            ["customers"] = selection.Customers?.ToArray(),
        };
        var rows = (await db.QueryAsync(sql, args, row => Read(row, zone), cancellationToken)).OfType<RevenueRow>().ToList();
        if (rows.Count == 0) return [];

        var touches = responses is null ? [] : await ResponsesAsync(responses, selection, At, monthOf, plan.CustomerOf, zone, args, cancellationToken);
        var attributed = new List<AttributedRow>();
        foreach (var row in rows)
        {
            var customerTouches = touches.GetValueOrDefault(row.Customer) ?? [];
            if (row.Source is { } sourceCampaign) customerTouches = [.. customerTouches, new CampaignTouch(sourceCampaign, row.CreatedDay, Sourced: true)];
            if (Attribute(customerTouches, row.OrderDate, campaigns) is not { } touch || (campaign is not null && touch.Campaign != campaign)) continue;
            attributed.Add(new AttributedRow(row.Customer, touch.Campaign, touch.Sourced ? row.Keyword : null, touch.Day, row.OrderDate, row.Month, row.Currency, row.Amount));
        }
        return attributed;
    }

    /// <summary>
    /// The campaign an order counts for: the campaign that sourced the customer when the order is in its window; otherwise
    /// the campaign the customer responded to last (on or before the order date) whose window holds the order; else none.
    /// </summary>
    public static CampaignTouch? Attribute(IEnumerable<CampaignTouch> touches, DateOnly orderDate, IReadOnlyDictionary<string, CampaignInfo> campaigns)
    {
        var open = touches.Where(t => campaigns.TryGetValue(t.Campaign, out var info) && InWindow(t.Day, orderDate, info.WindowDays)).ToList();
        return open.FirstOrDefault(t => t.Sourced)
               ?? open.OrderByDescending(t => t.Day).ThenBy(t => t.Campaign, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>An order counts when dated on the window's first day or up to <paramref name="windowDays"/> days later.</summary>
    public static bool InWindow(DateOnly start, DateOnly orderDate, int windowDays)
    {
        var days = orderDate.DayNumber - start.DayNumber;
        return days >= 0 && days <= windowDays;
    }

    /// <summary>The responses of the selected customers (or of those with Revenue rows in the months), per customer.</summary>
    private async Task<Dictionary<string, List<CampaignTouch>>> ResponsesAsync(ResponseFields fields, Selection selection, Func<ContentFieldReference, string, string> at,
        string monthOf, ContentFieldReference customerOf, TimeZoneInfo zone, object args, CancellationToken cancellationToken)
    {
        var customer = at(fields.Customer, "m");
        var whose = selection.Customers is not null
            ? db.Dialect.InList(customer, "customers")
            : $"EXISTS (SELECT 1 FROM content_items r WHERE {ContentExpressions.TypePredicate(OpportunityModel.Revenue, "r")} AND {at(customerOf, "r")} = {customer} " +
              $"AND {monthOf} >= @first AND {monthOf} < @end)";
        var sql =
            $"SELECT {customer}, {at(fields.Campaign, "m")}, {at(fields.At, "m")} FROM content_items m " +
            $"WHERE {ContentExpressions.TypePredicate(CampaignModel.CampaignMember, "m")} AND {at(fields.Status, "m")} = @responded AND {at(fields.At, "m")} IS NOT NULL AND {whose}";
        var responses = await db.QueryAsync(sql, args, row => row.IsDBNull(0) || row.IsDBNull(1) || row.IsDBNull(2) ? null
            : new Response(row.GetString(0), new CampaignTouch(row.GetString(1), DayIn(row.GetString(2), zone), Sourced: false)), cancellationToken);
        return responses.OfType<Response>()
            .GroupBy(r => r.Customer, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Touch).ToList(), StringComparer.OrdinalIgnoreCase);
    }

    private static RevenueRow? Read(DbDataReader row, TimeZoneInfo zone)
    {
        // A row without a date, month or currency counts nowhere.
        if (row.IsDBNull(4) || row.IsDBNull(5) || row.IsDBNull(6) || row.IsDBNull(7)) return null;
        var currency = row.GetString(6);
        return new RevenueRow(row.GetString(0), row.IsDBNull(2) ? null : row.GetString(2), row.IsDBNull(3) ? null : row.GetString(3), DayIn(row.GetString(1), zone),
            Day(row.GetString(4)), Day(row.GetString(5)), currency, Money.Round(Convert.ToDecimal(row.GetValue(7), CultureInfo.InvariantCulture), currency));
    }

    /// <summary>The day a stored UTC instant falls on in the tenant's time zone.</summary>
    internal static DateOnly DayIn(string instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), zone).DateTime);

    private static ContentFieldReference? Field(ContentDefinitions defs, string type, string field) =>
        defs.FindType(type) is { } t ? defs.FindField(t, field) : null;

    private static DateOnly Day(string text) => DateOnly.ParseExact(text[..10], DateFieldKind.Format, CultureInfo.InvariantCulture);

    /// <summary>A customer's revenue of one order date, month and currency, with their source campaign (if any) and creation day.</summary>
    private sealed record RevenueRow(string Customer, string? Source, string? Keyword, DateOnly CreatedDay, DateOnly OrderDate, DateOnly Month, string Currency, decimal Amount);

    private sealed record Response(string Customer, CampaignTouch Touch);

    /// <summary>Revenue of the months [First, End) (both null: any month), of one campaign (null: any), of some customers (null: any).</summary>
    private sealed record Selection(DateOnly? First, DateOnly? End, string? Campaign, IReadOnlyCollection<string>? Customers);

    /// <summary>The fields attribution reads; null when an admin removed one it cannot do without.</summary>
    private sealed record Plan(ContentFieldReference CustomerOf, ContentFieldReference OrderOf, ContentFieldReference Month, ContentFieldReference Amount,
        ContentFieldReference OrderDate, ContentFieldReference? RevenueOrderDate, ContentFieldReference? Source, ContentFieldReference? Keyword, ResponseFields? Responses)
    {
        public static Plan? Of(ContentDefinitions defs)
        {
            if (Field(defs, OpportunityModel.Revenue, OpportunityModel.Customer) is not { } customerOf
                || Field(defs, OpportunityModel.Revenue, OpportunityModel.SalesOrder) is not { } orderOf
                || Field(defs, OpportunityModel.Revenue, OpportunityModel.Month) is not { } month
                || Field(defs, OpportunityModel.Revenue, OpportunityModel.Amount) is not { } amount
                || Field(defs, OpportunityModel.SalesOrder, OpportunityModel.OrderDate) is not { } orderDate)
            {
                return null;
            }
            var source = Field(defs, CustomerModel.Customer, CampaignModel.SourceCampaign);
            var responses = ResponseFields.Of(defs);
            if (source is null && responses is null) return null;
            return new Plan(customerOf, orderOf, month, amount, orderDate, Field(defs, OpportunityModel.Revenue, OpportunityModel.OrderDate), source,
                source is null ? null : Field(defs, CustomerModel.Customer, CampaignModel.SourceKeyword), responses);
        }
    }

    /// <summary>The CampaignMember fields a response is read from; null when an admin removed one.</summary>
    private sealed record ResponseFields(ContentFieldReference Customer, ContentFieldReference Campaign, ContentFieldReference Status, ContentFieldReference At)
    {
        public static ResponseFields? Of(ContentDefinitions defs) =>
            Field(defs, CampaignModel.CampaignMember, CampaignModel.MemberCustomer) is { } customer
            && Field(defs, CampaignModel.CampaignMember, CampaignModel.CostCampaign) is { } campaign
            && Field(defs, CampaignModel.CampaignMember, CampaignModel.MemberStatus) is { } status
            && Field(defs, CampaignModel.CampaignMember, CampaignModel.RespondedAt) is { } at
                ? new ResponseFields(customer, campaign, status, at)
                : null;
    }
}
