using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Activities;

/// <summary>
/// Reads an item (by default the workflow's item) as it is now: <c>item</c> is the item as it was when the workflow started,
/// so after a delay a step that must see what changed meanwhile (an order cancelled) loads it first and tests
/// <c>outputs.{id}.Status</c>. NotFound when the item was deleted.
/// </summary>
public sealed class LoadContentActivity : IWorkflowActivity
{
    public const string NotFound = "NotFound";

    public ActivityDescriptor Descriptor { get; } = new("LoadContent", "Content", "Load item",
        "Reads an item as it is now, e.g. after a delay; outputs.{id} is the item (NotFound when it was deleted).",
        [new("itemId", PropertyKind.Text, "The item (Liquid); empty: the workflow's item.")], [Outcomes.Done, NotFound]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var id = ItemIds.Of(context);
        var item = await context.Services.GetRequiredService<ContentManager>().GetAsync(id, cancellationToken: context.CancellationToken);
        if (item is null) return ActivityResult.Outcome(NotFound) with { Note = $"{id} does not exist" };
        context.SetOutput(ItemModel.From(item, await context.Services.GetRequiredService<ContentDefinitionManager>().GetAsync(context.CancellationToken)));
        return ActivityResult.Outcome(Outcomes.Done) with { Note = $"{item.ContentType} {item.Id} version {item.Version}" };
    }
}
