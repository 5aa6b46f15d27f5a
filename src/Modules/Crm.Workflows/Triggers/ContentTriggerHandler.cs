using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Workflows.Definitions;
using Crm.Workflows.Expressions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Triggers;

/// <summary>
/// Starts the workflows whose content trigger matches a change, in the change's own transaction: the instance exists if
/// and only if the change committed. The trigger's condition sees the item as <c>item</c> (and <c>before</c> for updates).
/// A change made by a workflow does not start that same workflow again; sample data (<see cref="SampleDataMode"/>) starts none:
/// a program would mail invented customers and coupon them.
/// </summary>
public sealed class ContentTriggerHandler(
    FeatureManager features,
    WorkflowStore workflows,
    WorkflowStarter starter,
    ActivityRegistry activities,
    ContentDefinitionManager definitions,
    SampleDataMode sampleData,
    ScriptSandbox sandbox) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (sampleData.Active || !await features.IsEnabledAsync("Crm.Workflows", cancellationToken)) return;
        var active = await workflows.ActiveAsync(cancellationToken);
        if (active.Count == 0) return;
        JsonObject? input = null;
        foreach (var version in active)
        {
            if (version.TypeId == WorkflowExecution.TypeId) continue;
            foreach (var start in version.Definition.Activities.Where(a => a.IsStart))
            {
                if (activities.Find(start.Type) is not ContentTrigger trigger || trigger.Kind != change.Kind || !trigger.Matches(start, change)) continue;
                input ??= await InputAsync(change, cancellationToken);
                if (!Holds(start, input)) continue;
                await starter.StartAsync(version, start, (JsonObject)input.DeepClone(), change.Item.Id, cancellationToken: cancellationToken);
            }
        }
    }

    private async Task<JsonObject> InputAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        return new JsonObject
        {
            ["event"] = change.Kind.ToString(),
            ["itemId"] = change.Item.Id,
            ["item"] = ItemModel.From(change.Item, defs),
            ["before"] = change.Before is { } before ? ItemModel.From(before, defs) : null,
            ["changedFields"] = new JsonArray(change.ChangedFields.Select(f => (JsonNode)f.Field.Name).ToArray()),
        };
    }

    private bool Holds(ActivityDefinition start, JsonObject input)
    {
        if (start.Text("condition") is not { Length: > 0 } condition) return true;
        var scope = new JsonObject { ["input"] = input.DeepClone(), ["item"] = input["item"]?.DeepClone(), ["before"] = input["before"]?.DeepClone() };
        return sandbox.Evaluate(condition, scope) is JsonValue value && value.TryGetValue<bool>(out var holds) && holds;
    }
}
