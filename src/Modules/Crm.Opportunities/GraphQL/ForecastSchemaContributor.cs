using System.Globalization;
using Crm.Core.Content.Fields;
using Crm.GraphQL.Execution;
using Crm.GraphQL.Schema;
using Crm.Opportunities.Models;
using Crm.Opportunities.Services;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Opportunities.GraphQL;

/// <summary>
/// <c>salesForecast(months: Int): [ForecastRow!]!</c> — the weighted forecast by expected close month, owner and currency,
/// with the same rights as the forecast screen: everyone's rows for those who may view all opportunities, their own for
/// those who may view their own, an error for the others.
/// </summary>
public sealed class ForecastSchemaContributor : IGraphQLSchemaContributor
{
    public string Feature => OpportunityModel.FeatureId;

    public void Contribute(GraphQLSchemaParts schema)
    {
        var row = new ObjectGraphType { Name = "ForecastRow", Description = "One owner's open opportunities expected to close in one month, in one currency." };
        row.AddField(Field("month", new NonNullGraphType(schema.Date), "The first day of the expected close month.",
            r => r.Month.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture)));
        row.AddField(Field("owner", schema.Id, "The owner's user id; null for opportunities without an owner.", r => r.OwnerId));
        row.AddField(Field("ownerName", schema.String, "The owner's user name.", r => r.OwnerName));
        row.AddField(Field("currency", new NonNullGraphType(schema.String), "ISO 4217 code of the amounts.", r => r.Currency));
        row.AddField(Field("opportunities", new NonNullGraphType(schema.Int), "How many open opportunities.", r => r.Opportunities));
        row.AddField(Field("amount", new NonNullGraphType(schema.Decimal), "The sum of their amounts.", r => r.Amount));
        row.AddField(Field("weightedAmount", new NonNullGraphType(schema.Decimal), "The sum of amount × stage probability.", r => r.Weighted));

        schema.Query.AddField(new FieldType
        {
            Name = "salesForecast",
            Description = "The weighted sales forecast from this month on, by expected close month and owner (all opportunities, or only your own when you may see only those).",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(row))),
            Arguments = new QueryArguments(new QueryArgument(schema.Int)
            {
                Name = "months", Description = $"How many months, this one included (1 to {SalesForecast.MaxMonths}; default {SalesForecast.DefaultMonths}).",
            }),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var forecast = await context.RequestServices!.GetRequiredService<SalesForecast>()
                    .ForUserAsync(context.User!, context.GetArgument<int?>("months") ?? SalesForecast.DefaultMonths, context.CancellationToken);
                return forecast?.Rows ?? throw new ExecutionError("You may not see opportunities.") { Code = ErrorCodes.Forbidden };
            }),
        });
    }

    private static FieldType Field(string name, IGraphType type, string description, Func<ForecastRow, object?> resolve) =>
        new() { Name = name, Description = description, ResolvedType = type, Resolver = new FuncFieldResolver<object?>(context => resolve((ForecastRow)context.Source!)) };
}
