using Crm.Workflows.Runtime;

namespace Crm.Workflows.Activities;

/// <summary>Writes a line to the instance's execution log.</summary>
public sealed class LogActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Log", "Flow", "Log", "Writes a message to the instance's history.",
        [new("message", PropertyKind.Text, "Liquid, e.g. Reminded {{ item.Name }}", Required: true)], [Outcomes.Done]);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Task.FromResult(ActivityResult.Outcome(Outcomes.Done) with { Note = context.Text("message") });
}
