using Crm.Core.Content;
using Crm.Core.Data;
using Crm.Customers;
using Crm.Opportunities.Models;

namespace Crm.Grades.Rfm;

/// <summary>
/// Writes grade_rfm onto the customers of one id range in two set-based statements: the scores and measures of the buying
/// customers where one of them changed, and their removal from customers who no longer have an order that counts. Derived
/// values, written in place like the next-contact dates (no new version or history entry) and inside the JSON the row has
/// at that moment, so a concurrent edit is not lost.
/// </summary>
public sealed class RfmWriter(TenantDb db)
{
    /// <returns>How many customers' figures changed.</returns>
    public async Task<int> WriteAsync(RfmFields fields, string after, string upto, CancellationToken cancellationToken)
    {
        var dialect = db.Dialect;
        var values = new (string Field, string Value)[]
        {
            (GradeModel.RfmRecency, "r.recency"),
            (GradeModel.RfmFrequency, "r.frequency"),
            (GradeModel.RfmMonetary, "r.monetary"),
            (GradeModel.RfmTotal, "r.recency + r.frequency + r.monetary"),
            (GradeModel.PurchasesLast12Months, "r.purchases_12m"),
            (GradeModel.RfmScore, "CAST(r.recency AS TEXT) || CAST(r.frequency AS TEXT) || CAST(r.monetary AS TEXT)"),
        };
        var basket = dialect.Provider == DatabaseProvider.Sqlite
            ? "CASE WHEN r.basket_orders > 0 THEN ROUND(CAST(r.amount_12m AS REAL) / r.basket_orders, @decimals) END"
            : "CASE WHEN r.basket_orders > 0 THEN ROUND(r.amount_12m / r.basket_orders, @decimals) END";
        var same = values.Select(v => Same(fields.Expression(v.Field), v.Value)).Append(Same(fields.Expression(GradeModel.AverageBasket), basket));
        var range = Sweep.CustomerRange.Where();
        var args = new { after, upto, decimals = Money.DecimalsOf(fields.Currency), currency = fields.Currency };

        var set = dialect.Provider == DatabaseProvider.Sqlite
            ? "json_set(data, " + string.Join(", ", values.Select(v => $"'{JsonPath(fields, v.Field)}', {v.Value}")) +
              $", '{JsonPath(fields, GradeModel.AverageBasket)}', json(CASE WHEN r.basket_orders > 0 THEN json_object('Amount', {basket}, 'Currency', @currency) ELSE 'null' END))"
            : PostgresSet(fields, values.Append((GradeModel.AverageBasket,
                $"CASE WHEN r.basket_orders > 0 THEN jsonb_build_object('Amount', {basket}, 'Currency', CAST(@currency AS text)) END")).ToList());
        var changed = await db.ExecuteAsync(
            // The range is said of both tables, so each is read by its key for this range only (not all of grade_rfm per range).
            $"UPDATE content_items SET data = {set} FROM grade_rfm r WHERE r.customer_id = content_items.id AND r.customer_id > @after AND r.customer_id <= @upto " +
            $"AND {range} AND NOT ({string.Join(" AND ", same)})",
            args, cancellationToken);

        var all = values.Select(v => v.Field).Append(GradeModel.AverageBasket).ToList();
        var remove = dialect.Provider == DatabaseProvider.Sqlite
            ? "json_remove(data, " + string.Join(", ", all.Select(f => $"'{JsonPath(fields, f)}'")) + ")"
            : "data " + string.Concat(all.Select(f => $" #- '{{{fields.Path(f).Part},{fields.Path(f).Field}}}'"));
        changed += await db.ExecuteAsync(
            $"UPDATE content_items SET data = {remove} WHERE {range} AND NOT EXISTS (SELECT 1 FROM grade_rfm r WHERE r.customer_id = content_items.id) " +
            // One COALESCE rather than an OR of IS NOT NULL: a planner could answer each of those from its index over all customers.
            $"AND COALESCE({string.Join(", ", all.Select(f => $"CAST({fields.Expression(f)} AS TEXT)"))}) IS NOT NULL",
            args, cancellationToken);
        return changed;

        string Same(string stored, string value) => dialect.Provider == DatabaseProvider.Sqlite ? $"{stored} IS ({value})" : $"{stored} IS NOT DISTINCT FROM ({value})";
    }

    private static string JsonPath(RfmFields fields, string name) => $"$.{fields.Path(name).Part}.{fields.Path(name).Field}";

    /// <summary>Each part's object merged with the new values (jsonb_build_object keeps a null as JSON null).</summary>
    private static string PostgresSet(RfmFields fields, IReadOnlyList<(string Field, string Value)> values)
    {
        var data = "data";
        foreach (var part in values.GroupBy(v => fields.Path(v.Field).Part))
        {
            var pairs = string.Join(", ", part.Select(v => $"'{fields.Path(v.Field).Field}', {v.Value}"));
            data = $"jsonb_set({data}, '{{{part.Key}}}', COALESCE({data} -> '{part.Key}', '{{}}'::jsonb) || jsonb_build_object({pairs}))";
        }
        return data;
    }
}
