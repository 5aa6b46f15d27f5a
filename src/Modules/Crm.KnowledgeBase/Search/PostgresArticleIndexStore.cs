using Crm.Core.Data;

namespace Crm.KnowledgeBase.Search;

/// <summary>
/// PostgreSQL: one row per article in <c>kb_article_index</c>, its generated <c>tsvector</c> under a GIN index. The query
/// is <c>to_tsquery('simple', '''환불'':* &amp; ''refund'':*')</c> built from words that hold only letters and digits;
/// ranked by ts_rank (title weight A, tags B, body C), snippets by ts_headline over the top hits only.
/// </summary>
public sealed class PostgresArticleIndexStore(TenantDb db) : IArticleIndexStore
{
    private static readonly string HeadlineOptions =
        $"StartSel={ArticleSnippet.MatchStart}, StopSel={ArticleSnippet.MatchEnd}, MaxWords=30, MinWords=12";

    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    public async Task SaveAsync(ArticleDocument document, CancellationToken cancellationToken) =>
        await db.ExecuteAsync("""
            INSERT INTO kb_article_index (article_id, category_id, visibility, published, title, tags, body)
            VALUES (@ArticleId, @CategoryId, @Visibility, @Published, @Title, @Tags, @Body)
            ON CONFLICT (article_id) DO UPDATE SET category_id = excluded.category_id, visibility = excluded.visibility,
                published = excluded.published, title = excluded.title, tags = excluded.tags, body = excluded.body
            """, document, cancellationToken);

    public async Task RemoveAsync(string articleId, CancellationToken cancellationToken) =>
        await db.ExecuteAsync("DELETE FROM kb_article_index WHERE article_id = @ArticleId", new { ArticleId = articleId }, cancellationToken);

    public async Task ClearAsync(CancellationToken cancellationToken) =>
        await db.ExecuteAsync("DELETE FROM kb_article_index", null, cancellationToken);

    public async Task<IReadOnlyList<ArticleHit>> SearchAsync(IReadOnlyList<string> terms, ArticleSearchRequest request, CancellationToken cancellationToken)
    {
        var query = string.Join(request.Match == ArticleMatch.AllWords ? " & " : " | ", terms.Select(t => $"'{t.Replace("'", "''")}':*"));
        var parameters = SearchFilters.Parameters(request, query);
        parameters.Add("Headline", HeadlineOptions);
        var rows = await db.QueryAsync<IndexedHit>($"""
            SELECT hits.article_id AS ArticleId, hits.title AS Title, hits.category_id AS CategoryId, hits.visibility AS Visibility,
                   ts_headline('simple', hits.body, hits.query, @Headline) AS Snippet, hits.score AS Score
            FROM (
                SELECT i.article_id, i.title, i.category_id, i.visibility, i.body, q.query, ts_rank(i.document, q.query)::float8 AS score
                FROM kb_article_index i, to_tsquery('simple', @Match) AS q(query)
                WHERE i.document @@ q.query{SearchFilters.Sql(request, "true")}
                ORDER BY score DESC, i.article_id
                LIMIT @Take) hits
            ORDER BY hits.score DESC, hits.article_id
            """, parameters, cancellationToken);
        return rows.Select(r => r.ToHit()).ToList();
    }
}
