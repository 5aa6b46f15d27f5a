using Crm.Core.Content.Store;
using Crm.Workflows.Activities;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Triggers;

/// <summary>Starts a workflow when an item of a type is created, updated or deleted (optionally: only when given fields changed, and a condition holds).</summary>
public abstract class ContentTrigger(ContentEventKind kind, string type, string displayName, string description) : IWorkflowActivity
{
    public ContentEventKind Kind { get; } = kind;

    public ActivityDescriptor Descriptor { get; } = new(type, "Triggers", displayName, description,
    [
        new("contentType", PropertyKind.ContentType, "The type whose items start the workflow.", Required: true),
        .. kind == ContentEventKind.Updated ? [new PropertyDescriptor("changedFields", PropertyKind.List, "Start only when one of these fields changed (empty: any change).")] : Array.Empty<PropertyDescriptor>(),
        new("condition", PropertyKind.Expression, "Start only when this holds, e.g. item.Stage == 'Customer'."),
    ], [Outcomes.Done], IsTrigger: true);

    /// <summary>Whether the activity starts on this change (the condition is checked by the caller, with the item in scope).</summary>
    public bool Matches(ActivityDefinition activity, ContentEvent change)
    {
        if (!string.Equals(activity.Text("contentType"), change.Item.ContentType, StringComparison.OrdinalIgnoreCase)) return false;
        if (Kind != ContentEventKind.Updated || activity.Property("changedFields") is not System.Text.Json.Nodes.JsonArray { Count: > 0 } fields) return true;
        var wanted = fields.Select(f => f?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return change.ChangedFields.Any(f => wanted.Contains(f.Field.Name) || wanted.Contains(f.QualifiedName));
    }

    public Task<ActivityResult> ExecuteAsync(ActivityContext context) => Task.FromResult(ActivityResult.Outcome(Outcomes.Done));
}
