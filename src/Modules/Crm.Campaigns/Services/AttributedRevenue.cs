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
/// Revenue row to its customer and order and sums per customer, order date, month and currency (customers without a
/// touch are left out in SQL); a second reads the responses of those customers; the windows are applied per row.
/// </summary>
public sealed class AttributedRevenue(TenantDb db, ContentDefinitionManager definitions, FieldKinds kinds, TenantTimeZone timeZone)
{
    /// <param name="first">The first day of the first month of recognised revenue.</param>
    /// <param name="end">The first day after the last month.</param>
    /// <param name="campaigns">Every campaign with its window: an order's campaign is chosen among all of them.</param>
    /// <param name="campaign">One campaign's revenue only; null: every campaign's.</param>
    public async Task<IReadOnlyList<AttributedRow>> RowsAsync(DateOnly first, DateOnly end, IReadOnlyDictionary<string, CampaignInfo> campaigns, string? campaign,
        CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        if (Field(defs, OpportunityModel.Revenue, OpportunityModel.Customer) is not { } customerOf
            || Field(defs, OpportunityModel.Revenue, OpportunityModel.SalesOrder) is not { } orderOf
            || Field(defs, OpportunityModel.Revenue, OpportunityModel.Month) is not { } month
            || Field(defs, OpportunityModel.Revenue, OpportunityModel.Amount) is not { } amount
            || Field(defs, OpportunityModel.SalesOrder, OpportunityModel.OrderDate) is not { } orderDate)
        {
            return []; // an admin removed a field attribution needs
        }
        var source = Field(defs, CustomerModel.Customer, CampaignModel.SourceCampaign);
        var responses = ResponseFields.Of(defs);
        if (source is null && responses is null) return [];
        var keyword = source is null ? null : Field(defs, CustomerModel.Customer, CampaignModel.SourceKeyword);
        var dialect = db.Dialect;
        string At(ContentFieldReference field, string table) => ContentExpressions.Field(dialect, field, kinds.Get(field.Field.Kind), table);
        var sourceOf = source is null ? "NULL" : At(source, "cu");
        var keywordOf = keyword is null ? "NULL" : At(keyword, "cu");
        var monthOf = At(month, "r");
        var currencyOf = ContentExpressions.Property(dialect, amount, "Currency", FieldStorage.Text, "r");
        var dateOf = At(orderDate, "o");
        var sourced = source is null ? "1 = 0" : campaign is null ? $"{sourceOf} IS NOT NULL" : $"{sourceOf} = @campaign";
        var responded = responses is null ? "1 = 0"
            : $"EXISTS (SELECT 1 FROM content_items m WHERE {ContentExpressions.TypePredicate(CampaignModel.CampaignMember, "m")} AND {At(responses.Customer, "m")} = cu.id " +
              $"AND {At(responses.Status, "m")} = @responded AND {At(responses.At, "m")} IS NOT NULL{(campaign is null ? "" : $" AND {At(responses.Campaign, "m")} = @campaign")})";
        var sql =
            $"SELECT cu.id, cu.created_utc, {sourceOf}, {keywordOf}, {dateOf}, {monthOf}, {currencyOf}, SUM({At(amount, "r")}) " +
            "FROM content_items r " +
            $"JOIN content_items cu ON cu.id = {At(customerOf, "r")} AND {ContentExpressions.TypePredicate(CustomerModel.Customer, "cu")} " +
            $"JOIN content_items o ON o.id = {At(orderOf, "r")} AND {ContentExpressions.TypePredicate(OpportunityModel.SalesOrder, "o")} " +
            $"WHERE {ContentExpressions.TypePredicate(OpportunityModel.Revenue, "r")} AND {monthOf} >= @first AND {monthOf} < @end AND ({sourced} OR {responded})" +
            // PostgreSQL takes no constant in GROUP BY, so a Customer type without the source fields groups without them.
            $" GROUP BY cu.id, cu.created_utc{(source is null ? "" : ", " + sourceOf)}{(keyword is null ? "" : ", " + keywordOf)}, {dateOf}, {monthOf}, {currencyOf}";
        var zone = await timeZone.GetAsync(cancellationToken);
        var args = new { first = CampaignFilters.Day(first), end = CampaignFilters.Day(end), campaign, responded = CampaignModel.Responded };
        var rows = (await db.QueryAsync(sql, args, row => Read(row, zone), cancellationToken)).OfType<RevenueRow>().ToList();
        if (rows.Count == 0) return [];

        var touches = responses is null ? [] : await ResponsesAsync(responses, At, monthOf, customerOf, zone, args, cancellationToken);
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

    /// <summary>The responses of the customers who have Revenue rows in the months, per customer.</summary>
    private async Task<Dictionary<string, List<CampaignTouch>>> ResponsesAsync(ResponseFields fields, Func<ContentFieldReference, string, string> at, string monthOf,
        ContentFieldReference customerOf, TimeZoneInfo zone, object args, CancellationToken cancellationToken)
    {
        var customer = at(fields.Customer, "m");
        var sql =
            $"SELECT {customer}, {at(fields.Campaign, "m")}, {at(fields.At, "m")} FROM content_items m " +
            $"WHERE {ContentExpressions.TypePredicate(CampaignModel.CampaignMember, "m")} AND {at(fields.Status, "m")} = @responded AND {at(fields.At, "m")} IS NOT NULL " +
            $"AND EXISTS (SELECT 1 FROM content_items r WHERE {ContentExpressions.TypePredicate(OpportunityModel.Revenue, "r")} AND {at(customerOf, "r")} = {customer} " +
            $"AND {monthOf} >= @first AND {monthOf} < @end)";
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

    private static DateOnly DayIn(string instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), zone).DateTime);

    private static ContentFieldReference? Field(ContentDefinitions defs, string type, string field) =>
        defs.FindType(type) is { } t ? defs.FindField(t, field) : null;

    private static DateOnly Day(string text) => DateOnly.ParseExact(text[..10], DateFieldKind.Format, CultureInfo.InvariantCulture);

    /// <summary>A customer's revenue of one order date, month and currency, with their source campaign (if any) and creation day.</summary>
    private sealed record RevenueRow(string Customer, string? Source, string? Keyword, DateOnly CreatedDay, DateOnly OrderDate, DateOnly Month, string Currency, decimal Amount);

    private sealed record Response(string Customer, CampaignTouch Touch);

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
