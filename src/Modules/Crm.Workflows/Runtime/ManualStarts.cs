using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Workflows.Definitions;
using Crm.Workflows.Triggers;

namespace Crm.Workflows.Runtime;

/// <summary>
/// Starts workflows that have a Manual trigger, for chosen items (one instance each) or without an item — the same rules
/// for the screens' buttons and the API: the workflow must start by hand, and the caller must be allowed to see each item.
/// </summary>
public sealed class ManualStarts(TenantDb db, WorkflowStore workflows, WorkflowStarter starter, ContentManager content, ContentDefinitionManager definitions, ContentAuthorizer authorizer)
{
    /// <summary>The enabled, published workflows a person may start for items of the type (null: those without an item type).</summary>
    public async Task<IReadOnlyList<(WorkflowVersion Version, ActivityDefinition Start)>> ForTypeAsync(string? contentType, CancellationToken cancellationToken) =>
        (await workflows.ActiveAsync(cancellationToken))
        .SelectMany(v => v.Definition.Activities.Where(a => a.IsStart && a.Type == "Manual"
                                                            && string.Equals(a.Text("contentType") ?? "", contentType ?? "", StringComparison.OrdinalIgnoreCase))
            .Select(a => (v, a)))
        .ToList();

    /// <returns>The new instances' ids.</returns>
    public async Task<IReadOnlyList<string>> StartAsync(string workflow, IReadOnlyList<string> itemIds, JsonObject? input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var type = await workflows.FindAsync(workflow, cancellationToken) ?? throw new WorkflowValidationException([new("", "workflow", $"There is no workflow '{workflow}'.")]);
        var version = (await workflows.ActiveAsync(cancellationToken)).FirstOrDefault(v => v.TypeId == type.Id)
            ?? throw new WorkflowValidationException([new("", "workflow", $"'{type.Name}' is not published and enabled.")]);
        var start = version.Definition.Activities.FirstOrDefault(a => a.IsStart && a.Type == "Manual")
            ?? throw new WorkflowValidationException([new("", "workflow", $"'{type.Name}' is not started by hand (it has no Manual trigger).")]);
        var defs = await definitions.GetAsync(cancellationToken);
        var started = new List<string>();
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (itemIds.Count == 0)
        {
            started.Add((await starter.StartAsync(version, start, input ?? [], cancellationToken: cancellationToken))!);
        }
        for (var i = 0; i < itemIds.Count; i++)
        {
            var item = await content.GetAsync(itemIds[i], cancellationToken: cancellationToken);
            var itemType = item is null ? null : defs.FindType(item.ContentType);
            if (item is null || itemType is null || !await authorizer.CanAsync(user, ContentAction.View, itemType, item.Owner, cancellationToken))
            {
                throw new WorkflowValidationException([new("", $"itemIds[{i}]", $"There is no item '{itemIds[i]}' you may see.")]);
            }
            var itemInput = (JsonObject?)input?.DeepClone() ?? [];
            itemInput["itemId"] = item.Id;
            itemInput["item"] = ItemModel.From(item, defs);
            itemInput["startedBy"] = ContentAuthorizer.UserId(user);
            started.Add((await starter.StartAsync(version, start, itemInput, item.Id, cancellationToken: cancellationToken))!);
        }
        await transaction.CommitAsync(cancellationToken);
        return started;
    }
}
