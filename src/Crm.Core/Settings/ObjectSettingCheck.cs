using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Crm.Core.Settings;

/// <summary>The recipe check of a setting whose value is an object (mail server settings and the like): the shape, then its own rules.</summary>
public static class ObjectSettingCheck
{
    /// <summary>How such settings are stored: property names in any case, unknown properties refused, enums by name, nulls left out.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <param name="example">What a right value looks like, shown when the value is no object.</param>
    /// <param name="validate">The object's own rules: a message per property.</param>
    public static string? Check<T>(JsonNode? value, JsonSerializerOptions json, string example, Func<T, IReadOnlyDictionary<string, string>> validate)
    {
        if (value is not JsonObject) return "must be an object such as " + example;
        try
        {
            var errors = validate(value.Deserialize<T>(json)!);
            return errors.Count == 0 ? null : string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}"));
        }
        catch (JsonException e)
        {
            return $"{e.Path}: {e.Message}";
        }
    }
}
