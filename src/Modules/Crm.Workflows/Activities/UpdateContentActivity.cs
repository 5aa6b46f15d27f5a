using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Activities;

/// <summary>
/// Changes fields of an item (by default the workflow's item) at its current version. Its output
/// (<c>outputs.{id}</c>) is the item as it is after the change, with the values the system derived.
/// </summary>
public sealed class UpdateContentActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("UpdateContent", "Content", "Update item", "Sets fields of an item; values are Liquid.",
    [
        new("itemId", PropertyKind.Text, "The item (Liquid); empty: the workflow's item."),
        new("values", PropertyKind.Json, "Field → value (Liquid), e.g. { \"Stage\": \"Customer\" }.", Required: true),
    ], [Outcomes.Done]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var manager = context.Services.GetRequiredService<ContentManager>();
        var id = ItemIds.Of(context);
        var item = await manager.GetAsync(id, cancellationToken: context.CancellationToken) ?? throw new ContentNotFoundException(id);
        var updated = await manager.UpdateAsync(item.Id, context.Json("values"), item.Version, context.CancellationToken);
        context.SetOutput(ItemModel.From(updated, await context.Services.GetRequiredService<ContentDefinitionManager>().GetAsync(context.CancellationToken)));
        return ActivityResult.Outcome(Outcomes.Done) with { Note = $"{updated.ContentType} {updated.Id} version {updated.Version}" };
    }
}
