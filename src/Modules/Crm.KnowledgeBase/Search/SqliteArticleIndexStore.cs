using Crm.Core.Data;

namespace Crm.KnowledgeBase.Search;

/// <summary>
/// SQLite: the filter columns in <c>kb_article_index</c>, the text in the FTS5 table <c>kb_article_fts</c> (rowid = the
/// index row's id). Each search word is a quoted prefix term (<c>"환불"*</c>), so "환불" finds "환불은" and "환불정책";
/// ranked by bm25 with the title weighing 10, tags 4 and the body 1.
/// </summary>
public sealed class SqliteArticleIndexStore(TenantDb db) : IArticleIndexStore
{
    private const string RowOf = "(SELECT id FROM kb_article_index WHERE article_id = @ArticleId)";

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public async Task SaveAsync(ArticleDocument document, CancellationToken cancellationToken) =>
        await db.ExecuteAsync($"""
            DELETE FROM kb_article_fts WHERE rowid = {RowOf};
            INSERT INTO kb_article_index (article_id, category_id, visibility, published) VALUES (@ArticleId, @CategoryId, @Visibility, @Published)
            ON CONFLICT (article_id) DO UPDATE SET category_id = excluded.category_id, visibility = excluded.visibility, published = excluded.published;
            INSERT INTO kb_article_fts (rowid, title, tags, body) VALUES ({RowOf}, @Title, @Tags, @Body);
            """, document, cancellationToken);

    public async Task RemoveAsync(string articleId, CancellationToken cancellationToken) =>
        await db.ExecuteAsync($"""
            DELETE FROM kb_article_fts WHERE rowid = {RowOf};
            DELETE FROM kb_article_index WHERE article_id = @ArticleId;
            """, new { ArticleId = articleId }, cancellationToken);

    public async Task ClearAsync(CancellationToken cancellationToken) =>
        await db.ExecuteAsync("DELETE FROM kb_article_fts; DELETE FROM kb_article_index;", null, cancellationToken);

    public async Task<IReadOnlyList<ArticleHit>> SearchAsync(IReadOnlyList<string> terms, ArticleSearchRequest request, CancellationToken cancellationToken)
    {
        var match = string.Join(request.Match == ArticleMatch.AllWords ? " " : " OR ", terms.Select(t => $"\"{t.Replace("\"", "\"\"")}\"*"));
        var rows = await db.QueryAsync<IndexedHit>($"""
            SELECT i.article_id AS ArticleId, f.title AS Title, i.category_id AS CategoryId, i.visibility AS Visibility,
                   snippet(kb_article_fts, 2, @Open, @Close, '…', 24) AS Snippet, -bm25(kb_article_fts, 10.0, 4.0, 1.0) AS Score
            FROM kb_article_fts f JOIN kb_article_index i ON i.id = f.rowid
            WHERE kb_article_fts MATCH @Match{SearchFilters.Sql(request, "1")}
            ORDER BY bm25(kb_article_fts, 10.0, 4.0, 1.0), i.article_id
            LIMIT @Take
            """, SearchFilters.Parameters(request, match), cancellationToken);
        return rows.Select(r => r.ToHit()).ToList();
    }
}
