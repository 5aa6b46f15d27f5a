using System.Text.Json.Nodes;
using Crm.Core.Content.Store;

namespace Crm.KnowledgeBase.Services;

/// <summary>An article's values by field name, whichever part holds the field (an admin may move fields between parts).</summary>
public static class ArticleValues
{
    public static JsonNode? Of(ContentItem item, string field) =>
        item.Data.Select(part => part.Value?[field]).FirstOrDefault(value => value is not null);

    public static IReadOnlyList<string> Tags(ContentItem item) =>
        Of(item, ArticleModel.Tags) is JsonArray tags ? tags.Select(t => t?.GetValue<string>()).OfType<string>().ToList() : [];

    public static bool IsPublished(ContentItem item) =>
        Of(item, ArticleModel.Published) is JsonValue published && published.TryGetValue<bool>(out var yes) && yes;
}
