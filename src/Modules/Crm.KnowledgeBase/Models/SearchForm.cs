using Crm.KnowledgeBase.Search;

namespace Crm.KnowledgeBase.Models;

/// <summary>The search box and category filter, with what they found (null before a search).</summary>
public sealed record SearchForm(string? Query, string? CategoryId, IReadOnlyList<CategoryOption> Categories, IReadOnlyList<ArticleHit>? Hits)
{
    public string? CategoryName(string? id) => Categories.FirstOrDefault(c => c.Id == id)?.Name;
}
