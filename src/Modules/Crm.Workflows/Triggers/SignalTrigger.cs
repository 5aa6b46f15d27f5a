using Crm.Workflows.Activities;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Triggers;

/// <summary>Started when a named event is published (by a module, another workflow or the API), with its correlation and payload as input.</summary>
public sealed class SignalTrigger : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Signal", "Triggers", "Event", "Starts when a named event happens, e.g. order-placed.",
        [new("eventName", PropertyKind.Text, "The event's name.", Required: true)], [Outcomes.Done], IsTrigger: true);

    public static bool Matches(ActivityDefinition activity, string eventName) =>
        activity.Type == "Signal" && string.Equals(activity.Text("eventName"), eventName, StringComparison.OrdinalIgnoreCase);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) => Task.FromResult(ActivityResult.Outcome(Outcomes.Done));
}
