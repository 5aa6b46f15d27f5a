using Crm.Core.Content.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Core.Content.Store;

/// <summary>Runs the <see cref="IContentPreparer"/>s on a valid change and folds the values they derive into it (one place for create, update and import).</summary>
public sealed class ContentPreparers(IServiceProvider services, ContentValidator validator)
{
    public async Task<ContentChange> ApplyAsync(ContentDefinitions defs, ContentTypeDefinition type, ContentItem? before, ContentChange change, DateTimeOffset createdUtc,
        CancellationToken cancellationToken)
    {
        if (change.Errors.Count > 0) return change;
        // Resolved per change, not injected: preparers may use services that themselves depend on the content manager.
        var preparers = services.GetServices<IContentPreparer>().ToList();
        if (preparers.Count == 0) return change;
        var preparing = new ContentPreparing(defs, type, before, change, createdUtc);
        foreach (var preparer in preparers) await preparer.PrepareAsync(preparing, cancellationToken);
        if (preparing.Derived.Count == 0) return preparing.Refusals.Count == 0 ? change : change with { Errors = preparing.Refusals };

        var derived = validator.Apply(defs, type, change.Data, preparing.Derived);
        var changed = change.ChangedFields.Concat(derived.ChangedFields.Where(f => !change.ChangedFields.Contains(f))).ToList();
        return new ContentChange(derived.Data, changed, [.. derived.Errors, .. preparing.Refusals]);
    }
}
