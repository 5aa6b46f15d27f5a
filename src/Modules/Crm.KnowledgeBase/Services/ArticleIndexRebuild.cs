using Crm.Core.Modules;
using Crm.KnowledgeBase.Search;

namespace Crm.KnowledgeBase.Services;

/// <summary>
/// Enabling the knowledge base (the first time, or again after it was off and articles changed unseen) rebuilds the
/// full-text index from the live articles, in the enabling transaction.
/// </summary>
public sealed class ArticleIndexRebuild(ArticleIndex index) : IFeatureEventHandler
{
    public async Task EnabledAsync(FeatureInfo feature, bool firstTime, CancellationToken cancellationToken)
    {
        if (feature.Id == ArticleModel.FeatureId) await index.RebuildAsync(cancellationToken);
    }
}
