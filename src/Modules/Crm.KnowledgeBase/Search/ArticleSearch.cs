using Crm.Core.Modules;

namespace Crm.KnowledgeBase.Search;

/// <summary>The knowledge base search of the current tenant; finds nothing while the feature is disabled there.</summary>
public sealed class ArticleSearch(ArticleIndex index, FeatureManager features) : IArticleSearch
{
    public async Task<IReadOnlyList<ArticleHit>> SearchAsync(ArticleSearchRequest request, CancellationToken cancellationToken = default)
    {
        var terms = SearchTerms.Parse(request.Text);
        if (terms.Count == 0 || !await features.IsEnabledAsync(ArticleModel.FeatureId, cancellationToken)) return [];
        return await index.Store.SearchAsync(terms, request, cancellationToken);
    }
}
