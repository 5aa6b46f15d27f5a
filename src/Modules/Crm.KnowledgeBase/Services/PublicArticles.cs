using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;

namespace Crm.KnowledgeBase.Services;

/// <summary>
/// What visitors may read: published public articles only (internal ones and drafts do not exist for them), listed under
/// their categories in the categories' order.
/// </summary>
public sealed class PublicArticles(ContentManager content, ContentQuery query, ArticleCategories categories)
{
    private const int MaxListed = 1000;
    private static readonly FilterNode Readable = FilterText.Parse($"{ArticleModel.Visibility}:eq:{ArticleModel.Public},{ArticleModel.Published}:eq:true");

    public async Task<ContentItem?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var article = await content.GetAsync(id, cancellationToken: cancellationToken);
        return article is not null && IsReadable(article) ? article : null;
    }

    public static bool IsReadable(ContentItem article) =>
        article.ContentType == ArticleModel.Article && article.DeletedUtc is null
        && article.Text(ArticleModel.Visibility) == ArticleModel.Public && ArticleValues.IsPublished(article);

    /// <summary>The categories that hold readable articles, in their order, then the articles of no (or a deleted) category.</summary>
    public async Task<IReadOnlyList<ArticleShelf>> ShelvesAsync(CancellationToken cancellationToken)
    {
        var articles = (await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = ArticleModel.Article, Filter = Readable, First = MaxListed, Count = CountMode.None,
        }, cancellationToken)).Items.OrderBy(a => a.DisplayText, StringComparer.CurrentCultureIgnoreCase).ToList();
        var ordered = await categories.ListAsync(cancellationToken);

        var byCategory = articles.ToLookup(a => a.Text(ArticleModel.CategoryField) ?? "");
        var shelves = ordered.Where(c => byCategory.Contains(c.Id)).Select(c => new ArticleShelf(c, byCategory[c.Id].ToList())).ToList();
        var known = ordered.Select(c => c.Id).ToHashSet();
        var others = articles.Where(a => a.Text(ArticleModel.CategoryField) is not { } category || !known.Contains(category)).ToList();
        if (others.Count > 0) shelves.Add(new ArticleShelf(null, others));
        return shelves;
    }
}
