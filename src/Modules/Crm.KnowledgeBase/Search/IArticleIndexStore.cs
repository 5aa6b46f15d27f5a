using Crm.Core.Data;

namespace Crm.KnowledgeBase.Search;

/// <summary>
/// The full-text index in one database's dialect. Every method joins the scope's open transaction, so the index
/// changes with the article that caused it or not at all.
/// </summary>
public interface IArticleIndexStore
{
    DatabaseProvider Provider { get; }

    Task SaveAsync(ArticleDocument document, CancellationToken cancellationToken);

    Task RemoveAsync(string articleId, CancellationToken cancellationToken);

    Task ClearAsync(CancellationToken cancellationToken);

    /// <param name="terms">At least one word from <see cref="SearchTerms.Parse"/>.</param>
    Task<IReadOnlyList<ArticleHit>> SearchAsync(IReadOnlyList<string> terms, ArticleSearchRequest request, CancellationToken cancellationToken);
}
