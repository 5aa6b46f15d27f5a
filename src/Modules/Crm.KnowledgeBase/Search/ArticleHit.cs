namespace Crm.KnowledgeBase.Search;

/// <summary>One found article, best first.</summary>
/// <param name="Snippet">The part of the body around the matched words, with the matches marked.</param>
/// <param name="Score">Relevance, higher is better (bm25 on SQLite, ts_rank on PostgreSQL: comparable within one search only).</param>
public sealed record ArticleHit(string Id, string Title, string? CategoryId, string Visibility, ArticleSnippet Snippet, double Score);
