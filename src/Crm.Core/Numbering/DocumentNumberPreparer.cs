using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.Core.Numbering;

/// <summary>
/// Gives a new item its document number by the registered <see cref="DocumentNumberRule"/>s (a quote Q-2026-000001, a
/// ticket T-2026-000001): on every path that creates items (forms, imports, the API, workflows). A number the caller
/// brought along is kept (an item restored from an export keeps its number).
/// </summary>
public sealed class DocumentNumberPreparer(IEnumerable<DocumentNumberRule> rules, FeatureManager features, DocumentNumbers numbers) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (!item.IsCreate) return;
        foreach (var rule in rules)
        {
            if (!string.Equals(rule.ContentType, item.Type.Name, StringComparison.Ordinal) || !item.HasField(rule.Field) || item.Text(rule.Field) is not null) continue;
            if (!await features.IsEnabledAsync(rule.FeatureId, cancellationToken)) continue;
            item.Set(rule.Field, await numbers.NextAsync(rule.Prefix, cancellationToken));
        }
    }
}
