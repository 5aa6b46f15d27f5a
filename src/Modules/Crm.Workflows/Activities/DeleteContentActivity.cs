using Crm.Core.Content.Store;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Activities;

/// <summary>Moves an item (by default the workflow's item) to the recycle bin.</summary>
public sealed class DeleteContentActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("DeleteContent", "Content", "Delete item", "Moves an item to the recycle bin.",
        [new("itemId", PropertyKind.Text, "The item (Liquid); empty: the workflow's item.")], [Outcomes.Done]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var manager = context.Services.GetRequiredService<ContentManager>();
        var id = ItemIds.Of(context);
        var item = await manager.GetAsync(id, cancellationToken: context.CancellationToken) ?? throw new ContentNotFoundException(id);
        await manager.DeleteAsync(item.Id, item.Version, context.CancellationToken);
        return ActivityResult.Outcome(Outcomes.Done) with { Note = $"{item.ContentType} {item.Id}" };
    }
}
