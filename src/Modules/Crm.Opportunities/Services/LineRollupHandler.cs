using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>
/// Keeps an opportunity's amount (and a quote's subtotal) equal to the sum of its live lines, in the line's own
/// transaction: adding, changing, moving, deleting or restoring a line all count. The parent's preparer then derives
/// its weighted amount (or VAT and total).
/// </summary>
public sealed class LineRollupHandler(FeatureManager features, ContentManager content, LineSums sums) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (LineRollup.ForLineType(change.Item.ContentType) is not { } rollup) return;
        if (change.Kind == ContentEventKind.Updated
            && !change.ChangedFields.Any(f => f.Field.Name == OpportunityModel.LineTotal || f.Field.Name == rollup.ParentField)) return;
        if (!await features.IsEnabledAsync(OpportunityModel.FeatureId, cancellationToken)) return;

        var parents = new[] { change.Item.Text(rollup.ParentField), change.Before?.Text(rollup.ParentField) }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var parentId in parents) await RefreshAsync(rollup, parentId, cancellationToken);
    }

    private async Task RefreshAsync(LineRollup rollup, string parentId, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(parentId, cancellationToken: cancellationToken) is not { } parent || parent.ContentType != rollup.ParentType) return;
        var sum = await sums.OfAsync(rollup, parent.Id, null, cancellationToken);
        if (sum.Lines == 0 && !rollup.ClearWhenEmpty) return; // the amount is typed by hand again
        var total = sum.Total?.ToJson();
        if (JsonNode.DeepEquals(ItemValues.Of(parent, rollup.TotalField), total)) return;
        await content.UpdateAsync(parent.Id, new JsonObject { [rollup.TotalField] = total }, parent.Version, cancellationToken);
    }
}
