using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary>Free labels: a list of distinct, trimmed texts of at most 50 characters.</summary>
public sealed class TagsFieldKind : IContentFieldKind
{
    public string Name => "Tags";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Json;

    public FieldResult Normalize(JsonNode value, FieldSettings settings)
    {
        var tags = JsonValues.Strings(value);
        if (tags is null) return FieldResult.Fail(FieldMessages.MustBeTags);
        var canonical = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var tooLong = canonical.FirstOrDefault(t => t.Length > 50);
        return tooLong is null ? FieldResult.Ok(JsonValues.Array(canonical)) : FieldResult.Fail(FieldMessages.TagTooLong, tooLong);
    }
}
