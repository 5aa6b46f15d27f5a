using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.KnowledgeBase.Search;

namespace Crm.KnowledgeBase.Services;

/// <summary>
/// The full-text index follows every article change — create, update, delete to the recycle bin, restore — in the
/// change's own transaction, wherever it comes from (forms, import, API, workflows): a change that rolls back leaves the
/// index as it was. While the feature is off the index is left alone; enabling it again rebuilds it.
/// </summary>
public sealed class ArticleIndexHandler(FeatureManager features, ArticleIndex index) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Item.ContentType != ArticleModel.Article || change.Kind == ContentEventKind.Merged) return;
        if (!await features.IsEnabledAsync(ArticleModel.FeatureId, cancellationToken)) return;
        await index.FollowAsync(change.Item, cancellationToken);
    }
}
