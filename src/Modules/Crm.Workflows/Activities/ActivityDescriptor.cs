namespace Crm.Workflows.Activities;

/// <param name="Type">The name definitions use ("SendEmail").</param>
/// <param name="Category">The designer palette's group ("Content", "Flow", "Timers", "Triggers"...).</param>
/// <param name="Feature">The feature that must be enabled for the activity to exist in a tenant (its module's).</param>
public sealed record ActivityDescriptor(
    string Type,
    string Category,
    string DisplayName,
    string Description,
    IReadOnlyList<PropertyDescriptor> Properties,
    IReadOnlyList<string> Outcomes,
    bool IsTrigger = false,
    string Feature = "Crm.Workflows");
