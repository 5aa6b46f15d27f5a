using Crm.Contents.Services.Items;
using Crm.Core.Content.Store;
using Crm.Core.Settings;
using Crm.KnowledgeBase.Models;
using Crm.KnowledgeBase.Search;

namespace Crm.KnowledgeBase.Services;

/// <summary>Builds the pages both screens share: the search form with its hits, and an article rendered from Markdown.</summary>
public sealed class ArticlePages(ContentManager content, ArticleCategories categories, IArticleSearch search, MarkdownPreview markdown, SiteSettings settings)
{
    public async Task<string> SiteNameAsync(CancellationToken cancellationToken) =>
        await settings.GetStringAsync("SiteName", cancellationToken) is { Length: > 0 } name ? name : "CrmPlatform";

    public async Task<SearchForm> SearchAsync(string? query, string? categoryId, ArticleAudience audience, CancellationToken cancellationToken)
    {
        var options = (await categories.ListAsync(cancellationToken)).Select(c => new CategoryOption(c.Id, c.DisplayText)).ToList();
        var category = options.FirstOrDefault(c => string.Equals(c.Id, categoryId, StringComparison.OrdinalIgnoreCase))?.Id;
        var hits = string.IsNullOrWhiteSpace(query) ? null
            : await search.SearchAsync(new ArticleSearchRequest(query, audience, CategoryId: category), cancellationToken);
        return new SearchForm(query, category, options, hits);
    }

    public async Task<ArticlePage> ArticleAsync(ContentItem article, VoteOutcome? vote, CancellationToken cancellationToken)
    {
        var category = article.Text(ArticleModel.CategoryField) is { } id ? await content.GetAsync(id, cancellationToken: cancellationToken) : null;
        return new ArticlePage(await SiteNameAsync(cancellationToken), article, markdown.ToSafeHtml(article.Text(ArticleModel.Body)), category?.DisplayText, vote);
    }
}
