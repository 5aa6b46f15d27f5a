using System.Globalization;
using Crm.Core.Content.Fields;
using Crm.Dashboard.Kpis;
using Crm.GraphQL.Schema;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Dashboard.GraphQL;

/// <summary>
/// The <c>from</c>/<c>to</c> arguments of fields over whole months (salesKpis, and other modules' reports such as
/// campaignRoi): by default the last 12 months; a period that cannot be is an INVALID_ARGUMENT error naming the argument.
/// </summary>
public static class KpiPeriodArguments
{
    public static QueryArgument[] For(GraphQLSchemaParts schema) =>
    [
        new QueryArgument(schema.Date) { Name = "from", Description = "A day of the first month (default: 11 months before this one)." },
        new QueryArgument(schema.Date) { Name = "to", Description = $"A day of the last month (default: this one); at most {KpiPeriod.MaxMonths} months in all." },
    ];

    /// <exception cref="ExecutionError">The months do not make a period (code INVALID_ARGUMENT, extension "field": the argument).</exception>
    public static async Task<KpiPeriod> PeriodAsync(IResolveFieldContext context)
    {
        var period = await context.RequestServices!.GetRequiredService<KpiCalendar>().LastMonthsAsync(KpiPeriod.DefaultMonths, context.CancellationToken);
        var from = Date(context.GetArgument<string?>("from")) ?? period.FirstMonth;
        var to = Date(context.GetArgument<string?>("to")) ?? period.LastMonth;
        if (KpiPeriod.Problem(from, to) is { } problem) throw Invalid(from > to ? "from" : "to", string.Format(CultureInfo.InvariantCulture, problem, KpiPeriod.MaxMonths));
        return KpiPeriod.Between(from, to);
    }

    public static ExecutionError Invalid(string argument, string message)
    {
        var error = new ExecutionError(message) { Code = "INVALID_ARGUMENT" };
        error.AddExtension("field", argument);
        return error;
    }

    /// <summary>A day as the Date scalar writes it (yyyy-MM-dd).</summary>
    public static string Day(DateOnly day) => day.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture);

    /// <summary>A field of a report object, resolved from its source of type <typeparamref name="T"/>.</summary>
    public static FieldType Field<T>(string name, IGraphType type, Func<T, object?> resolve, string? description = null) =>
        new() { Name = name, Description = description, ResolvedType = type, Resolver = new FuncFieldResolver<object?>(context => resolve((T)context.Source!)) };

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, DateFieldKind.Format, CultureInfo.InvariantCulture);
}
