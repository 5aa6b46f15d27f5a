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
/// Revenue of the customers campaigns sourced, counted as the Sales KPIs count revenue: the Revenue rows Crm.Opportunities
/// keeps per order and month (cancelled and deleted orders have none). One statement joins each row to its customer (for
/// the source campaign, keyword and creation time) and its order (for the order date) and sums per customer, order date,
/// month and currency; the attribution window — order date from the customer's creation day (tenant's time zone) up to
/// the campaign's window later — is then applied per row, since it depends on each customer's creation day.
/// </summary>
public sealed class AttributedRevenue(TenantDb db, ContentDefinitionManager definitions, FieldKinds kinds, TenantTimeZone timeZone)
{
    /// <param name="first">The first day of the first month of recognised revenue.</param>
    /// <param name="end">The first day after the last month.</param>
    /// <param name="campaigns">The campaigns (with their windows) whose revenue is wanted.</param>
    /// <param name="campaign">One campaign only (its sourced customers through the indexed relation); null: all.</param>
    public async Task<IReadOnlyList<AttributedRow>> RowsAsync(DateOnly first, DateOnly end, IReadOnlyDictionary<string, CampaignInfo> campaigns, string? campaign,
        CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        if (Field(defs, OpportunityModel.Revenue, OpportunityModel.Customer) is not { } customerOf
            || Field(defs, OpportunityModel.Revenue, OpportunityModel.SalesOrder) is not { } orderOf
            || Field(defs, OpportunityModel.Revenue, OpportunityModel.Month) is not { } month
            || Field(defs, OpportunityModel.Revenue, OpportunityModel.Amount) is not { } amount
            || Field(defs, OpportunityModel.SalesOrder, OpportunityModel.OrderDate) is not { } orderDate
            || Field(defs, CustomerModel.Customer, CampaignModel.SourceCampaign) is not { } source)
        {
            return []; // an admin removed a field attribution needs
        }
        var keyword = Field(defs, CustomerModel.Customer, CampaignModel.SourceKeyword);
        var dialect = db.Dialect;
        string At(ContentFieldReference field, string table) => ContentExpressions.Field(dialect, field, kinds.Get(field.Field.Kind), table);
        var sourceOf = At(source, "cu");
        var keywordOf = keyword is null ? "NULL" : At(keyword, "cu");
        var monthOf = At(month, "r");
        var currencyOf = ContentExpressions.Property(dialect, amount, "Currency", FieldStorage.Text, "r");
        var dateOf = At(orderDate, "o");
        var sql =
            $"SELECT cu.id, cu.created_utc, {sourceOf}, {keywordOf}, {dateOf}, {monthOf}, {currencyOf}, SUM({At(amount, "r")}) " +
            "FROM content_items r " +
            $"JOIN content_items cu ON cu.id = {At(customerOf, "r")} AND {ContentExpressions.TypePredicate(CustomerModel.Customer, "cu")} " +
            $"JOIN content_items o ON o.id = {At(orderOf, "r")} AND {ContentExpressions.TypePredicate(OpportunityModel.SalesOrder, "o")} " +
            $"WHERE {ContentExpressions.TypePredicate(OpportunityModel.Revenue, "r")} AND {monthOf} >= @first AND {monthOf} < @end AND {sourceOf} IS NOT NULL" +
            (campaign is null ? "" : $" AND {sourceOf} = @campaign") +
            // PostgreSQL takes no constant in GROUP BY, so a Customer type without the keyword field groups without it.
            $" GROUP BY cu.id, cu.created_utc, {sourceOf}{(keyword is null ? "" : ", " + keywordOf)}, {dateOf}, {monthOf}, {currencyOf}";
        var zone = await timeZone.GetAsync(cancellationToken);
        var rows = await db.QueryAsync(sql, new { first = CampaignFilters.Day(first), end = CampaignFilters.Day(end), campaign },
            row => Read(row, zone), cancellationToken);
        return rows.OfType<AttributedRow>()
            .Where(r => campaigns.TryGetValue(r.Campaign, out var info) && InWindow(r, info.WindowDays))
            .ToList();
    }

    private static AttributedRow? Read(DbDataReader row, TimeZoneInfo zone)
    {
        // A row without a date, month or currency counts nowhere.
        if (row.IsDBNull(4) || row.IsDBNull(5) || row.IsDBNull(6) || row.IsDBNull(7)) return null;
        var currency = row.GetString(6);
        var created = DateTimeOffset.Parse(row.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return new AttributedRow(row.GetString(0), row.GetString(2), row.IsDBNull(3) ? null : row.GetString(3),
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(created, zone).DateTime),
            Day(row.GetString(4)), Day(row.GetString(5)), currency,
            Money.Round(Convert.ToDecimal(row.GetValue(7), CultureInfo.InvariantCulture), currency));
    }

    /// <summary>An order counts when dated on the customer's creation day or up to <paramref name="windowDays"/> days later.</summary>
    public static bool InWindow(AttributedRow row, int windowDays)
    {
        var days = row.OrderDate.DayNumber - row.CreatedDay.DayNumber;
        return days >= 0 && days <= windowDays;
    }

    private static ContentFieldReference? Field(ContentDefinitions defs, string type, string field) =>
        defs.FindType(type) is { } t ? defs.FindField(t, field) : null;

    private static DateOnly Day(string text) => DateOnly.ParseExact(text[..10], DateFieldKind.Format, CultureInfo.InvariantCulture);
}
