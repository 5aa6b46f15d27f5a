using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary>A user's id (or, Multiple, a list of ids), such as an owner or assignee.</summary>
public sealed class UserPickerFieldKind : IContentFieldKind
{
    public string Name => "UserPicker";

    public FieldStorage StorageFor(FieldSettings settings) => settings.Multiple ? FieldStorage.Json : FieldStorage.Text;

    public FieldResult Normalize(JsonNode value, FieldSettings settings) => Ids.Normalize(value, settings.Multiple, users: true);
}
