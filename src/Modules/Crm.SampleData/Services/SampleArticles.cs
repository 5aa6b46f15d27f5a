using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.KnowledgeBase;

namespace Crm.SampleData.Services;

/// <summary>
/// When the knowledge base is enabled: four sample categories and a dozen articles in Korean and English (Samples/articles.json)
/// — public ones, internal ones for agents, one draft — tagged "sample". Made once: when sample articles exist it changes nothing.
/// </summary>
public sealed class SampleArticles(FeatureManager features, ContentManager content, ContentQuery query)
{
    public async Task GenerateAsync(CancellationToken cancellationToken)
    {
        if (!await features.IsEnabledAsync(ArticleModel.FeatureId, cancellationToken)) return;
        var existing = await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = ArticleModel.Article, Filter = FilterText.Parse($"{ArticleModel.Tags}:contains:{SampleDataGenerator.Tag}"), First = 1, Count = CountMode.None,
        }, cancellationToken);
        if (existing.Items.Count > 0) return;

        var samples = await LoadAsync(cancellationToken);
        var categories = new Dictionary<string, string>();
        foreach (var category in samples["categories"]!.AsArray().Select(c => c!.AsObject()))
        {
            var values = category.DeepClone().AsObject();
            values.Remove("key");
            categories[category["key"]!.GetValue<string>()] = (await content.CreateAsync(ArticleModel.Category, values, cancellationToken: cancellationToken)).Id;
        }
        foreach (var article in samples["articles"]!.AsArray().Select(a => a!.AsObject()))
        {
            var values = article.DeepClone().AsObject();
            values.Remove("category");
            values[ArticleModel.CategoryField] = categories[article["category"]!.GetValue<string>()];
            values[ArticleModel.Tags]!.AsArray().Add(SampleDataGenerator.Tag);
            await content.CreateAsync(ArticleModel.Article, values, cancellationToken: cancellationToken);
        }
    }

    private static async Task<JsonObject> LoadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(SampleArticles).Assembly.GetManifestResourceStream("Samples/articles.json")
            ?? throw new InvalidOperationException("The sample articles are not embedded.");
        return (await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken))!.AsObject();
    }
}
