using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.GraphQL.Schema;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.GraphQL;

/// <summary>
/// Workflow operations in the API: <c>startWorkflow</c> (a workflow with a Manual trigger, for items),
/// <c>publishWorkflowEvent</c> (resume waiting instances, start Signal workflows) and <c>workflowInstance</c> (status and history).
/// </summary>
public sealed class WorkflowSchemaContributor : IGraphQLSchemaContributor
{
    public string Feature => "Crm.Workflows";

    public void Contribute(GraphQLSchemaParts schema)
    {
        var step = new ObjectGraphType { Name = "WorkflowStep", Description = "One step of a workflow instance's history." };
        step.AddField(Field("activityId", new NonNullGraphType(schema.String), s => ((LogEntry)s).ActivityId));
        step.AddField(Field("activityType", new NonNullGraphType(schema.String), s => ((LogEntry)s).ActivityType));
        step.AddField(Field("outcome", schema.String, s => ((LogEntry)s).Outcome));
        step.AddField(Field("message", schema.String, s => ((LogEntry)s).Message));
        step.AddField(Field("at", new NonNullGraphType(schema.DateTime), s => Stamps.Of(((LogEntry)s).At)));

        var instance = new ObjectGraphType { Name = "WorkflowInstanceInfo", Description = "A run of a workflow." };
        instance.AddField(Field("id", new NonNullGraphType(schema.Id), s => ((WorkflowInstance)s).Id));
        instance.AddField(Field("status", new NonNullGraphType(schema.String), s => ((WorkflowInstance)s).Status.ToString()));
        instance.AddField(Field("version", new NonNullGraphType(schema.Int), s => ((WorkflowInstance)s).Version));
        instance.AddField(Field("correlation", schema.String, s => ((WorkflowInstance)s).Correlation));
        instance.AddField(Field("incident", schema.String, s => ((WorkflowInstance)s).Incident));
        instance.AddField(new FieldType
        {
            Name = "steps", ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(step))),
            Resolver = new FuncFieldResolver<object?>(async ctx => await ctx.RequestServices!.GetRequiredService<InstanceStore>().LogAsync(((WorkflowInstance)ctx.Source!).Id, ctx.CancellationToken)),
        });

        schema.Query.AddField(new FieldType
        {
            Name = "workflowInstance", Description = "A workflow instance with its history (ViewWorkflowInstances).", ResolvedType = instance,
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(schema.Id)) { Name = "id" }),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                await GraphQLPermissions.RequireAsync(ctx, Permissions.ViewWorkflowInstances);
                return await ctx.RequestServices!.GetRequiredService<InstanceStore>().FindAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken);
            }),
        });
        schema.Mutation.AddField(new FieldType
        {
            Name = "startWorkflow", Description = "Starts a workflow that is started by hand: one instance per item (or one without items). Returns the instance ids (StartWorkflows).",
            ResolvedType = new ListGraphType(new NonNullGraphType(schema.Id)),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(schema.String)) { Name = "name" },
                new QueryArgument(new ListGraphType(new NonNullGraphType(schema.Id))) { Name = "itemIds" },
                new QueryArgument(schema.String) { Name = "input", Description = "A JSON object the workflow sees as input." }),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                await GraphQLPermissions.RequireAsync(ctx, Permissions.StartWorkflows);
                var ids = ctx.GetArgument<List<string>?>("itemIds") ?? [];
                return await Run(() => ctx.RequestServices!.GetRequiredService<ManualStarts>()
                    .StartAsync(ctx.GetArgument<string>("name"), ids, Json(ctx, "input"), ctx.User!, ctx.CancellationToken));
            }),
        });
        schema.Mutation.AddField(new FieldType
        {
            Name = "publishWorkflowEvent", Description = "Publishes an event: waiting instances resume, Signal workflows start. Returns how many it reached (StartWorkflows).",
            ResolvedType = new NonNullGraphType(schema.Int),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(schema.String)) { Name = "name" },
                new QueryArgument(schema.String) { Name = "correlation" },
                new QueryArgument(schema.String) { Name = "payload", Description = "A JSON object." }),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                await GraphQLPermissions.RequireAsync(ctx, Permissions.StartWorkflows);
                return await ctx.RequestServices!.GetRequiredService<WorkflowEvents>()
                    .PublishAsync(ctx.GetArgument<string>("name"), ctx.GetArgument<string?>("correlation"), Json(ctx, "payload"), ctx.CancellationToken);
            }),
        });
    }

    private static FieldType Field(string name, IGraphType type, Func<object, object?> resolve) =>
        new() { Name = name, ResolvedType = type, Resolver = new FuncFieldResolver<object?>(ctx => resolve(ctx.Source!)) };

    private static JsonObject? Json(IResolveFieldContext context, string argument)
    {
        if (context.GetArgument<string?>(argument) is not { Length: > 0 } text) return null;
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new ExecutionError($"{argument} must be a JSON object.") { Code = "INVALID_ARGUMENT" };
        }
        catch (JsonException e)
        {
            throw new ExecutionError($"{argument} is not JSON: {e.Message}") { Code = "INVALID_ARGUMENT" };
        }
    }

    private static async Task<object?> Run(Func<Task<IReadOnlyList<string>>> start)
    {
        try
        {
            return await start();
        }
        catch (WorkflowValidationException e)
        {
            throw new ExecutionError(string.Join("; ", e.Problems.Select(p => p.Message))) { Code = "INVALID_ARGUMENT" };
        }
    }
}
