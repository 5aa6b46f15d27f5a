using System.Text.Json.Nodes;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Activities;

/// <summary>
/// Runs its Iterate branch once per element of a list (the branch leads back to this activity), with the element in
/// <c>variables.current</c> (or the variable named), then goes on with Done.
/// </summary>
public sealed class ForEachActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("ForEach", "Flow", "For each", "Repeats its Iterate branch for each element; connect the branch's end back here.",
    [
        new("items", PropertyKind.Expression, "JavaScript giving a list, e.g. input.payload.lines", Required: true),
        new("variable", PropertyKind.Text, "The variable holding the current element (default: current)."),
    ], [Outcomes.Iterate, Outcomes.Done]);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var state = context.ActivityState;
        if (state["items"] is not JsonArray items)
        {
            items = context.Evaluate("items") as JsonArray ?? [];
            state["items"] = items;
            state["index"] = 0;
        }
        var index = state["index"]!.GetValue<int>();
        if (index >= items.Count)
        {
            state.Remove("items");
            state.Remove("index");
            return Task.FromResult(ActivityResult.Outcome(Outcomes.Done) with { Note = $"{items.Count} element(s)" });
        }
        context.Variables[context.Text("variable") is { Length: > 0 } name ? name.Trim() : "current"] = items[index]?.DeepClone();
        state["index"] = index + 1;
        return Task.FromResult(ActivityResult.Outcome(Outcomes.Iterate));
    }
}
