using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using DotLiquid;

namespace Crm.Core.Templates;

/// <summary>
/// Turns a template model into what DotLiquid reads: <see cref="Hash"/>es, lists and primitives. JSON nodes become the
/// same shape; a content item becomes its metadata plus its fields (<c>{{ Customer.Name }}</c>) and its parts
/// (<c>{{ Customer.Customer.Name }}</c>); other objects go through their JSON form.
/// </summary>
internal static class LiquidModel
{
    public static Hash ToHash(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var hash = new Hash();
        foreach (var (key, value) in values) hash[key] = Convert(value);
        return hash;
    }

    private static object? Convert(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double or float or short or byte or DateTime => value,
        DateTimeOffset instant => instant.UtcDateTime,
        Enum or Guid or char => System.Convert.ToString(value, CultureInfo.InvariantCulture),
        Hash => value,
        JsonNode node => FromJson(node),
        JsonElement element => FromJson(JsonSerializer.SerializeToNode(element)),
        ContentItem item => FromContentItem(item),
        IEnumerable<KeyValuePair<string, object?>> pairs => ToHash(pairs),
        IDictionary dictionary => ToHash(dictionary.Keys.Cast<object>().Select(k =>
            new KeyValuePair<string, object?>(System.Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", dictionary[k]))),
        IEnumerable items => items.Cast<object?>().Select(Convert).ToList(),
        _ => FromJson(JsonSerializer.SerializeToNode(value, value.GetType())),
    };

    private static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => ToHash(o.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value))),
        JsonArray a => a.Select(FromJson).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => JsonValues.Number(v) is var number && number == decimal.Truncate(number) && Math.Abs(number) <= long.MaxValue ? (object)(long)number : number,
            _ => v.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };

    private static Hash FromContentItem(ContentItem item)
    {
        var hash = new Hash
        {
            ["Id"] = item.Id,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Owner"] = item.Owner,
            ["CreatedUtc"] = DateTimeFieldKind.Canonical(item.CreatedUtc),
            ["ModifiedUtc"] = DateTimeFieldKind.Canonical(item.ModifiedUtc),
            ["Version"] = item.Version,
        };
        var parts = item.Data.Where(p => p.Value is JsonObject).ToList();
        foreach (var (_, part) in parts)
        {
            foreach (var (field, value) in part!.AsObject()) hash[field] = hash.ContainsKey(field) ? hash[field] : FromJson(value);
        }
        foreach (var (name, part) in parts) if (!hash.ContainsKey(name)) hash[name] = FromJson(part);
        return hash;
    }
}
