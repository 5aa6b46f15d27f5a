using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Recipes;

namespace Crm.Core.Content.Recipes;

/// <summary>
/// <c>{ "name": "Content", "data": [ { "ContentItemId": "01J...", "ContentType": "Customer", "Owner": "...", "Customer": { "Name": "Acme" } } ] }</c>
/// Items are upserted by id (an item without an id is created with a new one), so running it twice changes nothing.
/// </summary>
public sealed class ContentStep(ContentManager content) : IRecipeStep
{
    private static readonly HashSet<string> ItemProperties = new(StringComparer.OrdinalIgnoreCase) { "ContentItemId", "ContentType", "DisplayText", "Owner" };

    public string Name => "Content";

    public void Validate(RecipeValidationContext context)
    {
        foreach (var (item, path) in context.Objects(context.Step, "data", required: true))
        {
            context.String(item, "ContentType", path, required: true);
            if (context.String(item, "ContentItemId", path) is { } id && !(id.Length == 26 && Ulid.TryParse(id, out _)))
            {
                context.Error(path + ".ContentItemId", $"'{id}' is not an item id (26 characters, e.g. 01JD3Z6Q3S8P0V7X2M9K4B1C5T)");
            }
            context.String(item, "Owner", path);
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var items = context.Step["data"]!.AsArray();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i]!.AsObject();
            var path = $"$.steps[{context.StepIndex}].data[{i}]";
            var values = new JsonObject(item.Where(p => !ItemProperties.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
            var id = item["ContentItemId"]?.GetValue<string>();
            try
            {
                var existing = id is null ? null : await content.GetAsync(id, includeDeleted: true, cancellationToken);
                if (existing is null)
                {
                    await content.CreateAsync(item["ContentType"]!.GetValue<string>(), values, item["Owner"]?.GetValue<string>(), id, cancellationToken);
                }
                else if (!string.Equals(existing.ContentType, item["ContentType"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase))
                {
                    throw new RecipeException(context.Recipe.Name, [new RecipeError(context.StepIndex, path + ".ContentType", $"item {existing.Id} exists as a {existing.ContentType}")]);
                }
                else
                {
                    await content.UpdateAsync(existing.Id, values, existing.Version, cancellationToken);
                }
            }
            catch (ContentValidationException e)
            {
                throw new RecipeException(context.Recipe.Name, e.Errors.Select(x => new RecipeError(context.StepIndex, $"{path}.{x.Field}", x.Problem.Message)).ToList());
            }
        }
    }

    /// <summary>An item in this step's shape (used by the exporter).</summary>
    public static JsonObject ToRecipeItem(ContentItem item)
    {
        var result = new JsonObject
        {
            ["ContentItemId"] = item.Id,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
        };
        if (item.Owner is not null) result["Owner"] = item.Owner;
        foreach (var (part, value) in item.Data) result[part] = value?.DeepClone();
        return result;
    }
}
