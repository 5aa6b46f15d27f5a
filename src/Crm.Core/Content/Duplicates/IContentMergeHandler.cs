using Crm.Core.Content.Store;

namespace Crm.Core.Content.Duplicates;

/// <summary>
/// Told of a merge inside its transaction, after the relations were re-pointed and the merged item went to the recycle bin.
/// Content handlers do not run for the re-pointed items (one UPDATE per picker field), so a module that keeps something
/// derived from the items pointing at an item (per customer, say) refreshes the kept item here.
/// </summary>
public interface IContentMergeHandler
{
    /// <param name="kept">The item that stays, as stored after the merge.</param>
    /// <param name="merged">The item merged into it, now in the recycle bin.</param>
    Task MergedAsync(ContentItem kept, ContentItem merged, CancellationToken cancellationToken);
}
