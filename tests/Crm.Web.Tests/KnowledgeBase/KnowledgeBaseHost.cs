using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.KnowledgeBase.Search;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.KnowledgeBase;

/// <summary>Shortcuts for the knowledge base tests on a tenant made from the crm recipe.</summary>
public static class KnowledgeBaseHost
{
    public static Task<ContentItem> CategoryAsync(this CrmRecipeHost crm, string name, int position = 1) =>
        crm.CreateAsync("ArticleCategory", new JsonObject { ["Name"] = name, ["Position"] = position }.ToJsonString());

    public static Task<ContentItem> ArticleAsync(this CrmRecipeHost crm, string title, string body, string visibility = "Public", bool published = true,
        string? category = null, params string[] tags) =>
        crm.CreateAsync("Article", new JsonObject
        {
            ["Title"] = title, ["Body"] = body, ["Visibility"] = visibility, ["Published"] = published, ["Category"] = category,
            ["Tags"] = new JsonArray(tags.Select(t => (JsonNode)t).ToArray()),
        }.ToJsonString());

    public static Task<IReadOnlyList<ArticleHit>> SearchAsync(this CrmRecipeHost crm, string? text, ArticleAudience audience = ArticleAudience.Staff,
        string? category = null, ArticleMatch match = ArticleMatch.AllWords) =>
        crm.RunAsync(s => s.GetRequiredService<IArticleSearch>().SearchAsync(new ArticleSearchRequest(text, audience, CategoryId: category, Match: match)));

    public static async Task<IReadOnlyList<string>> TitlesAsync(this CrmRecipeHost crm, string? text, ArticleAudience audience = ArticleAudience.Staff) =>
        (await crm.SearchAsync(text, audience)).Select(h => h.Title).ToList();

    /// <summary>How many rows the index holds for the article (0 or 1), read from the dialect's own table.</summary>
    public static async Task<long> IndexRowsAsync(this CrmRecipeHost crm, string articleId) =>
        await crm.ScalarAsync<long>("SELECT COUNT(*) FROM kb_article_index WHERE article_id = @articleId", new { articleId });

    public static async Task ChangeAsync(this CrmRecipeHost crm, string id, Func<ContentManager, ContentItem, Task> change) =>
        await crm.RunAsync(async s =>
        {
            var manager = s.GetRequiredService<ContentManager>();
            var item = await manager.GetAsync(id, includeDeleted: true) ?? throw new InvalidOperationException($"No item {id}.");
            await change(manager, item);
            return true;
        });

    public static async Task<long> FtsRowsAsync(this CrmRecipeHost crm, DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite
            ? await crm.ScalarAsync<long>("SELECT COUNT(*) FROM kb_article_fts")
            : await crm.ScalarAsync<long>("SELECT COUNT(*) FROM kb_article_index WHERE document IS NOT NULL");
}
