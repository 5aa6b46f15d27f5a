using System.Text.Json.Nodes;
using Crm.GraphQL.Schema;

namespace Crm.GraphQL.Resolvers;

/// <summary>A create/update input as the content manager takes it: <c>{ "Part.Field": value }</c>; an explicit null clears the field.</summary>
internal static class InputTranslator
{
    public static JsonObject ToValues(TypeModel type, IDictionary<string, object?> input)
    {
        var values = new JsonObject();
        foreach (var (key, value) in input)
        {
            if (type.ByGraphQLName.TryGetValue(key, out var field)) values[field.ContentName] = ContentValues.ToJson(value);
        }
        return values;
    }

    /// <summary>The GraphQL input path of a field the content manager named ("Customer.Email" → "input.email").</summary>
    public static string PathOf(TypeModel type, string contentName, string inputPath)
    {
        if (type.ByContentName.TryGetValue(contentName, out var field)) return $"{inputPath}.{field.GraphQLName}";
        var byField = type.Fields.FirstOrDefault(f => string.Equals(f.Reference.Field.Name, contentName, StringComparison.OrdinalIgnoreCase));
        return byField is null ? inputPath : $"{inputPath}.{byField.GraphQLName}";
    }
}
