namespace Crm.KnowledgeBase.Search;

/// <summary>
/// Full-text search over the knowledge base, ranked, with highlighted snippets: the search screens, GraphQL, and other
/// modules (suggested articles on a ticket, canned answers in chat) use it. Any text is accepted: text without a word
/// finds nothing, and no input makes it fail.
/// </summary>
public interface IArticleSearch
{
    Task<IReadOnlyList<ArticleHit>> SearchAsync(ArticleSearchRequest request, CancellationToken cancellationToken = default);
}
