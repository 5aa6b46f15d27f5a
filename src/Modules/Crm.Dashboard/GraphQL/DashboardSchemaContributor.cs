using Crm.Dashboard.Services;
using Crm.GraphQL.Schema;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Dashboard.GraphQL;

/// <summary>
/// The dashboard's team figures in the API (ViewTeamDashboard): <c>activitiesPerRep(days)</c> and <c>stageFunnel(days)</c>,
/// the same numbers as the cards.
/// </summary>
public sealed class DashboardSchemaContributor : IGraphQLSchemaContributor
{
    public const int MaxDays = 3650;

    public string Feature => "Crm.Dashboard";

    public void Contribute(GraphQLSchemaParts schema)
    {
        var rep = new ObjectGraphType { Name = "RepActivity", Description = "Completed activities of one owner in the period." };
        rep.AddField(Field("userId", schema.Id, s => ((RepActivity)s).UserId));
        rep.AddField(Field("userName", new NonNullGraphType(schema.String), s => ((RepActivity)s).Name));
        rep.AddField(Field("done", new NonNullGraphType(schema.Int), s => (int)((RepActivity)s).Done));

        var stage = new ObjectGraphType { Name = "FunnelStage", Description = "A customer stage: how many are in it, how many moved in during the period, and the conversion into it." };
        stage.AddField(Field("stage", new NonNullGraphType(schema.String), s => ((FunnelStage)s).Stage));
        stage.AddField(Field("current", new NonNullGraphType(schema.Int), s => (int)((FunnelStage)s).Current));
        stage.AddField(Field("entered", new NonNullGraphType(schema.Int), s => (int)((FunnelStage)s).Entered));
        stage.AddField(Field("conversionRate", schema.Decimal, s => ((FunnelStage)s).ConversionRate));

        schema.Query.AddField(Figure("activitiesPerRep", "Completed activities per owner over the last `days` days, busiest first (ViewTeamDashboard).", rep, schema, 30,
            (figures, days, token) => Boxed(figures.ActivitiesPerRepAsync(days, token))));
        schema.Query.AddField(Figure("stageFunnel", "Customers per stage and forward moves into each over the last `days` days (ViewTeamDashboard).", stage, schema, 90,
            (figures, days, token) => Boxed(figures.StageFunnelAsync(days, token))));
    }

    private static FieldType Figure(string name, string description, IGraphType item, GraphQLSchemaParts schema, int defaultDays,
        Func<TeamFigures, int, CancellationToken, Task<object?>> resolve) => new()
    {
        Name = name, Description = description,
        ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(item))),
        Arguments = new QueryArguments(new QueryArgument(schema.Int) { Name = "days", DefaultValue = defaultDays, Description = $"1 to {MaxDays}." }),
        Resolver = new FuncFieldResolver<object?>(async ctx =>
        {
            await GraphQLPermissions.RequireAsync(ctx, Permissions.ViewTeamDashboard);
            var days = ctx.GetArgument<int?>("days") ?? defaultDays;
            if (days is < 1 or > MaxDays) throw new ExecutionError($"days must be from 1 to {MaxDays}.") { Code = "INVALID_ARGUMENT" };
            return await resolve(ctx.RequestServices!.GetRequiredService<TeamFigures>(), days, ctx.CancellationToken);
        }),
    };

    private static async Task<object?> Boxed<T>(Task<T> task) => await task;

    private static FieldType Field(string name, IGraphType type, Func<object, object?> resolve) =>
        new() { Name = name, ResolvedType = type, Resolver = new FuncFieldResolver<object?>(ctx => resolve(ctx.Source!)) };
}
