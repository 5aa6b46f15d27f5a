using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Activities;

/// <summary>Creates an item (e.g. a to-do for the customer's owner); its id is the activity's output (<c>outputs.todo.Id</c>).</summary>
public sealed class CreateContentActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("CreateContent", "Content", "Create item", "Creates an item; values are Liquid, e.g. { \"Subject\": \"Call {{ item.Name }}\" }.",
    [
        new("contentType", PropertyKind.ContentType, "The type of the new item.", Required: true),
        new("values", PropertyKind.Json, "Field → value (Liquid), e.g. { \"Customer\": \"{{ item.Id }}\" }."),
        new("owner", PropertyKind.Text, "The owner's user id (Liquid), e.g. {{ item.Owner }}."),
    ], [Outcomes.Done]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var owner = context.Text("owner") is { Length: > 0 } o ? o.Trim() : null;
        var created = await context.Services.GetRequiredService<ContentManager>()
            .CreateAsync(context.Activity.Text("contentType")!, context.Json("values"), owner, cancellationToken: context.CancellationToken);
        context.SetOutput(new JsonObject { ["Id"] = created.Id, ["DisplayText"] = created.DisplayText });
        return ActivityResult.Outcome(Outcomes.Done) with { Note = $"{created.ContentType} {created.Id} ({created.DisplayText})" };
    }
}
