using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary>The id of a related item (or, Multiple, a list of ids). That the items exist and have an allowed type is checked by the store.</summary>
public sealed class ContentPickerFieldKind : IContentFieldKind
{
    public string Name => "ContentPicker";

    public FieldStorage StorageFor(FieldSettings settings) => settings.Multiple ? FieldStorage.Json : FieldStorage.Text;

    public IEnumerable<string> ValidateSettings(FieldSettings settings)
    {
        if (settings.RelatedTypes.Count == 0) yield return "a content picker needs at least one related type";
    }

    public FieldResult Normalize(JsonNode value, FieldSettings settings) => Ids.Normalize(value, settings.Multiple, users: false);
}
