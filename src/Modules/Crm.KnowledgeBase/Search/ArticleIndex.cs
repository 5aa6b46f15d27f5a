using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;

namespace Crm.KnowledgeBase.Search;

/// <summary>
/// Keeps the full-text index of the current tenant's database in its dialect: an article in, an article out, or every
/// live article again (when the feature is enabled: articles may have changed while it was off).
/// </summary>
public sealed class ArticleIndex(TenantDb db, IEnumerable<IArticleIndexStore> stores, ContentQuery query, ContentDefinitionManager definitions)
{
    private const int RebuildPage = 200;

    public IArticleIndexStore Store => stores.First(s => s.Provider == db.Dialect.Provider);

    /// <summary>A live article is indexed as it is now; one in the recycle bin is taken out.</summary>
    public Task FollowAsync(ContentItem article, CancellationToken cancellationToken) =>
        article.DeletedUtc is null
            ? Store.SaveAsync(ArticleDocument.From(article), cancellationToken)
            : Store.RemoveAsync(article.Id, cancellationToken);

    /// <summary>Empties the index and adds every live article, in one transaction; returns how many.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await Store.ClearAsync(cancellationToken);
        var count = 0;
        var typeExists = (await definitions.GetAsync(cancellationToken)).FindType(ArticleModel.Article) is not null; // an admin may have removed it
        for (var after = (string?)null; typeExists; )
        {
            var page = await query.QueryAsync(new ContentQueryRequest
            {
                ContentType = ArticleModel.Article, OrderBy = ["Id"], First = RebuildPage, After = after, Count = CountMode.None,
            }, cancellationToken);
            foreach (var article in page.Items) await Store.SaveAsync(ArticleDocument.From(article), cancellationToken);
            count += page.Items.Count;
            if ((after = page.NextCursor) is null) break;
        }
        await transaction.CommitAsync(cancellationToken);
        return count;
    }
}
