using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Customers;

namespace Crm.Retention.Programs;

/// <summary>
/// The customers whose birthday (or anniversary, or any other date field) falls on a given day of the tenant's calendar,
/// year ignored. Someone born on 29 February is celebrated on 28 February in a year without a 29th. One set-based query
/// over the stored yyyy-MM-dd text, the same on SQLite and PostgreSQL.
/// </summary>
public sealed class Celebrations(TenantDb db, ContentDefinitionManager definitions, FieldKinds kinds)
{
    public async Task<IReadOnlyList<string>> CustomerIdsAsync(string dateField, DateOnly day, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        var type = defs.FindType(CustomerModel.Customer) ?? throw new InvalidOperationException("There is no Customer type.");
        if (defs.FindField(type, dateField) is not { Field.Kind: "Date" } field || kinds.Find(field.Field.Kind) is not { } kind)
        {
            throw new ArgumentException($"The Customer type has no date field '{dateField}'.", nameof(dateField));
        }
        var expression = ContentExpressions.Field(db.Dialect, field, kind);
        return await db.QueryAsync<string>(
            $"SELECT id FROM content_items WHERE {ContentExpressions.TypePredicate(CustomerModel.Customer)} AND {db.Dialect.InList($"substr({expression}, 6, 5)", "days")} ORDER BY id",
            new { days = MonthDays(day) }, cancellationToken);
    }

    /// <summary>"MM-dd" of the day, and "02-29" too on 28 February of a common year.</summary>
    public static string[] MonthDays(DateOnly day)
    {
        var monthDay = day.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return day is { Month: 2, Day: 28 } && !DateTime.IsLeapYear(day.Year) ? [monthDay, "02-29"] : [monthDay];
    }
}
