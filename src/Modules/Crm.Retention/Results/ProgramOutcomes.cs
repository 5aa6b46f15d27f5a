using System.Globalization;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.Opportunities;

namespace Crm.Retention.Results;

/// <summary>
/// Counts a program's outcome from its enrolments. A member <b>responded</b> when, within the program's window after being
/// enrolled, it completed an activity (DoneAt after the enrolment and at most window days later; the program's own to-dos,
/// marked with RetentionProgram, do not count) or placed an order. An order counts when it was created after the enrolment,
/// is not cancelled, and its order date lies from the enrolment's day to window days after it (tenant's calendar); its amount
/// is the member's <b>revenue after</b>. Three statements, each one pass over the program's enrolments joined to the
/// customers' activities or orders through their indexed relation expressions.
/// </summary>
public sealed class ProgramOutcomes(TenantDb db, ContentDefinitionManager definitions, FieldKinds kinds, TenantTimeZone timeZone)
{
    public async Task<ProgramOutcome> ForAsync(string program, int windowDays, CancellationToken cancellationToken)
    {
        var groups = (await db.QueryAsync<(long Holdout, long Members)>(
            "SELECT CAST(CASE WHEN holdout THEN 1 ELSE 0 END AS BIGINT), COUNT(*) FROM retention_enrolments WHERE program = @program GROUP BY holdout",
            new { program }, cancellationToken)).ToDictionary(g => g.Holdout != 0, g => g.Members);
        if (groups.Count == 0) return new ProgramOutcome(program, windowDays, GroupFigures.Empty, GroupFigures.Empty);

        var defs = await definitions.GetAsync(cancellationToken);
        var zone = await timeZone.GetAsync(cancellationToken);
        var window = TimeSpan.FromDays(windowDays);
        var responders = new Dictionary<string, bool>(StringComparer.Ordinal); // enrolment id → holdout
        var revenue = new Dictionary<bool, Dictionary<string, decimal>> { [false] = [], [true] = [] };

        foreach (var activity in await FirstActivitiesAsync(defs, program, cancellationToken))
        {
            if (Parse(activity.DoneAt) <= Parse(activity.EnrolledUtc) + window) responders[activity.Id] = activity.Holdout != 0;
        }
        foreach (var order in await OrdersAsync(defs, program, cancellationToken))
        {
            var enrolledDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Parse(order.EnrolledUtc), zone).DateTime);
            if (!DateOnly.TryParseExact(order.OrderDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) continue;
            if (day < enrolledDay || day > enrolledDay.AddDays(windowDays)) continue;
            var holdout = order.Holdout != 0;
            responders[order.Id] = holdout;
            if (order.Amount is { } amount && order.Currency is { Length: > 0 } currency)
            {
                revenue[holdout][currency] = revenue[holdout].GetValueOrDefault(currency) + (decimal)amount;
            }
        }
        GroupFigures Group(bool holdout) => new(groups.GetValueOrDefault(holdout), responders.Values.LongCount(h => h == holdout), revenue[holdout]);
        return new ProgramOutcome(program, windowDays, Group(false), Group(true));
    }

    /// <summary>Per enrolment, its customer's first completed activity after the enrolment that a program did not make.</summary>
    private async Task<IReadOnlyList<ActivityRow>> FirstActivitiesAsync(ContentDefinitions defs, string program, CancellationToken cancellationToken)
    {
        if (defs.FindType(RetentionModel.Activity) is not { } type) return [];
        string? F(string name) => Field(defs, type, name, "a");
        if (F(RetentionModel.ActivityCustomer) is not { } customer || F(RetentionModel.ActivityStatus) is not { } status || F(RetentionModel.ActivityDoneAt) is not { } doneAt) return [];
        var notProgramWork = F(RetentionModel.ActivityProgram) is { } marker ? $" AND {marker} IS NULL" : "";
        return await db.QueryAsync<ActivityRow>(
            $"SELECT e.id AS Id, e.enrolled_utc AS EnrolledUtc, CAST(CASE WHEN e.holdout THEN 1 ELSE 0 END AS BIGINT) AS Holdout, MIN({doneAt}) AS DoneAt " +
            $"FROM retention_enrolments e JOIN content_items a ON {ContentExpressions.TypePredicate(RetentionModel.Activity, "a")} AND {customer} = e.customer_id " +
            $"AND {status} = @done AND {doneAt} > e.enrolled_utc{notProgramWork} " +
            "WHERE e.program = @program GROUP BY e.id, e.enrolled_utc, e.holdout",
            new { program, done = RetentionModel.ActivityDone }, cancellationToken);
    }

    /// <summary>Per enrolment, every order of its customer created after the enrolment and not cancelled (the window is checked by the caller).</summary>
    private async Task<IReadOnlyList<OrderRow>> OrdersAsync(ContentDefinitions defs, string program, CancellationToken cancellationToken)
    {
        if (defs.FindType(OpportunityModel.SalesOrder) is not { } type) return [];
        string? F(string name) => Field(defs, type, name, "o");
        if (F(OpportunityModel.Customer) is not { } customer || F(OpportunityModel.OrderDate) is not { } orderDate) return [];
        var status = F(OpportunityModel.Status) is { } s ? $" AND ({s} IS NULL OR {s} <> @cancelled)" : "";
        var amountField = defs.FindField(type, OpportunityModel.Amount);
        var amount = amountField is not null && F(OpportunityModel.Amount) is { } a ? a : "NULL";
        var currency = amountField is not null ? ContentExpressions.Property(db.Dialect, amountField, "Currency", FieldStorage.Text, "o") : "NULL";
        return await db.QueryAsync<OrderRow>(
            $"SELECT e.id AS Id, e.enrolled_utc AS EnrolledUtc, CAST(CASE WHEN e.holdout THEN 1 ELSE 0 END AS BIGINT) AS Holdout, {orderDate} AS OrderDate, " +
            $"CAST({amount} AS DOUBLE PRECISION) AS Amount, {currency} AS Currency " +
            $"FROM retention_enrolments e JOIN content_items o ON {ContentExpressions.TypePredicate(OpportunityModel.SalesOrder, "o")} AND {customer} = e.customer_id " +
            $"AND o.created_utc > e.enrolled_utc{status} WHERE e.program = @program",
            new { program, cancelled = OpportunityModel.OrderCancelled }, cancellationToken);
    }

    private string? Field(ContentDefinitions defs, ContentTypeDefinition type, string name, string alias) =>
        defs.FindField(type, name) is { } field && kinds.Find(field.Field.Kind) is { } kind ? ContentExpressions.Field(db.Dialect, field, kind, alias) : null;

    private static DateTimeOffset Parse(string canonical) => DateTimeOffset.Parse(canonical, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed class ActivityRow
    {
        public string Id { get; set; } = "";
        public string EnrolledUtc { get; set; } = "";
        public long Holdout { get; set; }
        public string DoneAt { get; set; } = "";
    }

    private sealed class OrderRow
    {
        public string Id { get; set; } = "";
        public string EnrolledUtc { get; set; } = "";
        public long Holdout { get; set; }
        public string? OrderDate { get; set; }
        public double? Amount { get; set; }
        public string? Currency { get; set; }
    }
}
