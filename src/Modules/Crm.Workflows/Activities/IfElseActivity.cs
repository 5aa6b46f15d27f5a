using Crm.Workflows.Runtime;

namespace Crm.Workflows.Activities;

public sealed class IfElseActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("IfElse", "Flow", "If / else", "Goes one way when a condition holds, the other way when not.",
        [new("condition", PropertyKind.Expression, "JavaScript, e.g. item.Grade == 'VIP'", Required: true)], [Outcomes.True, Outcomes.False]);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Task.FromResult(ActivityResult.Outcome(context.Condition("condition") ? Outcomes.True : Outcomes.False));
}
