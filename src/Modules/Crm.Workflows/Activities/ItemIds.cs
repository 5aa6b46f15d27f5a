using Crm.Workflows.Runtime;

namespace Crm.Workflows.Activities;

/// <summary>The item an activity works on: its itemId setting, else the workflow's item.</summary>
internal static class ItemIds
{
    public static string Of(ActivityContext context) =>
        context.Text("itemId") is { Length: > 0 } id ? id.Trim()
        : context.Instance.Input["item"]?["Id"]?.GetValue<string>() ?? context.Instance.Input["itemId"]?.GetValue<string>()
          ?? throw new WorkflowActivityException("No item: set itemId, or start the workflow for an item.");
}
