using System.Globalization;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;

namespace Crm.KnowledgeBase.Services;

/// <summary>The admin-managed categories, in their order: by Position (those without one last), then by name.</summary>
public sealed class ArticleCategories(ContentQuery query)
{
    private const int MaxCategories = 1000;

    public async Task<IReadOnlyList<ContentItem>> ListAsync(CancellationToken cancellationToken)
    {
        var items = (await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = ArticleModel.Category, First = MaxCategories, Count = CountMode.None,
        }, cancellationToken)).Items;
        return items
            .OrderBy(c => decimal.TryParse(c.Text(ArticleModel.CategoryPosition), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : decimal.MaxValue)
            .ThenBy(c => c.DisplayText, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
