using Crm.Workflows.Activities;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Triggers;

/// <summary>Started by a person (a button on list and detail screens for the selected items) or by the API's startWorkflow.</summary>
public sealed class ManualTrigger : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Manual", "Triggers", "Started by hand", "Started from a list or detail screen for chosen items, or through the API.",
        [new("contentType", PropertyKind.ContentType, "Offer the button on this type's screens (empty: start without an item).")], [Outcomes.Done], IsTrigger: true);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) => Task.FromResult(ActivityResult.Outcome(Outcomes.Done));
}
