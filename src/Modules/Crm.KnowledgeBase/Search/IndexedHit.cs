namespace Crm.KnowledgeBase.Search;

/// <summary>A search result row as both dialects select it (the snippet still carries the database's match marks).</summary>
internal sealed class IndexedHit
{
    public string ArticleId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? CategoryId { get; set; }
    public string Visibility { get; set; } = "";
    public string? Snippet { get; set; }
    public double Score { get; set; }

    public ArticleHit ToHit() => new(ArticleId, Title, CategoryId, Visibility, ArticleSnippet.Parse(Snippet), Score);
}
