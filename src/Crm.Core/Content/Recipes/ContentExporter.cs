using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Content.Translations;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Core.Recipes;
using Crm.Core.Settings;

namespace Crm.Core.Content.Recipes;

/// <summary>
/// Exports a tenant's features, content definitions with their translations, saved queries and (optionally) live content as a recipe that, imported
/// into a fresh tenant, gives the same definitions and items.
/// </summary>
public sealed class ContentExporter(
    TenantDb db, FeatureManager features, FeatureCatalog catalog, ContentDefinitionManager definitions, ContentTranslations translations, SavedQueries queries, ContentManager content,
    IEnumerable<IRecipeExportContributor> contributors)
{
    public async Task<JsonObject> ExportAsync(string recipeName, bool includeContent, CancellationToken cancellationToken = default)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var steps = new JsonArray
        {
            new JsonObject
            {
                ["name"] = "Feature",
                ["enable"] = new JsonArray(catalog.Features.Where(f => enabled.Contains(f.Id) && !f.AlwaysEnabled && !f.DefaultTenantOnly)
                    .Select(f => (JsonNode)JsonValue.Create(f.Id)).ToArray()),
            },
            OrchardDefinitionFormat.Write(await definitions.GetAsync(cancellationToken)),
        };
        foreach (var culture in SiteSettingDefinitions.SupportedCultures)
        {
            var texts = await translations.GetAsync(culture, cancellationToken);
            if (texts.Count == 0) continue;
            var sorted = new JsonObject();
            foreach (var (source, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal)) sorted[source] = text;
            steps.Add(new JsonObject { ["name"] = "Translations", ["Culture"] = culture, ["Texts"] = sorted });
        }
        var saved = await queries.ListAsync(cancellationToken);
        if (saved.Count > 0)
        {
            steps.Add(new JsonObject
            {
                ["name"] = "Queries",
                ["Queries"] = new JsonArray(saved.Select(q => (JsonNode)new JsonObject
                {
                    ["Name"] = q.Name,
                    ["ContentType"] = q.ContentType,
                    ["Filter"] = q.Filter?.DeepClone(),
                    ["OrderBy"] = new JsonArray(q.OrderBy.Select(o => (JsonNode)JsonValue.Create(o)).ToArray()),
                }).ToArray()),
            });
        }
        foreach (var contributor in contributors)
        {
            if (await contributor.ExportStepAsync(cancellationToken) is { } step) steps.Add(step);
        }
        if (includeContent)
        {
            // Items that others point at come first, so relations resolve when the recipe is imported.
            var ids = await db.QueryAsync<string>("SELECT id FROM content_items WHERE deleted_utc IS NULL ORDER BY created_utc, id", null, cancellationToken);
            var items = new List<ContentItem>();
            foreach (var id in ids) items.Add((await content.GetAsync(id, cancellationToken: cancellationToken))!);
            steps.Add(new JsonObject
            {
                ["name"] = "Content",
                ["data"] = new JsonArray(OrderByDependencies(items).Select(i => (JsonNode)ContentStep.ToRecipeItem(i)).ToArray()),
            });
        }
        return new JsonObject
        {
            ["name"] = recipeName,
            ["displayName"] = recipeName,
            ["description"] = "Exported definitions" + (includeContent ? " and content" : ""),
            ["author"] = "CrmPlatform export",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["steps"] = steps,
        };
    }

    private static IEnumerable<ContentItem> OrderByDependencies(IReadOnlyList<ContentItem> items)
    {
        var byId = items.ToDictionary(i => i.Id);
        var done = new HashSet<string>();
        var ordered = new List<ContentItem>();
        foreach (var item in items) Visit(item, []);
        return ordered;

        void Visit(ContentItem item, HashSet<string> path)
        {
            if (done.Contains(item.Id) || !path.Add(item.Id)) return;
            foreach (var target in ReferencedIds(item.Data).Where(byId.ContainsKey)) Visit(byId[target], path);
            done.Add(item.Id);
            ordered.Add(item);
        }
    }

    /// <summary>Every string in the item's data that is the id of another exported item (relation values).</summary>
    private static IEnumerable<string> ReferencedIds(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => ReferencedIds(p.Value)),
        JsonArray a => a.SelectMany(ReferencedIds),
        JsonValue v when v.TryGetValue<string>(out var text) && text.Length == 26 => [text],
        _ => [],
    };
}
