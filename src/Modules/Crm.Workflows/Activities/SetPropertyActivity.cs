using Crm.Workflows.Runtime;

namespace Crm.Workflows.Activities;

/// <summary>Sets a workflow variable to an expression's value (<c>variables.total</c> for later activities).</summary>
public sealed class SetPropertyActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("SetProperty", "Flow", "Set variable", "Stores an expression's value in a variable.",
    [
        new("name", PropertyKind.Text, "The variable's name.", Required: true),
        new("value", PropertyKind.Expression, "JavaScript, e.g. item.Amount * 0.1", Required: true),
    ], [Outcomes.Done]);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var name = context.Text("name")!.Trim();
        context.Variables[name] = context.Evaluate("value");
        return Task.FromResult(ActivityResult.Outcome(Outcomes.Done) with { Note = $"{name} = {context.Variables[name]?.ToJsonString() ?? "null"}" });
    }
}
