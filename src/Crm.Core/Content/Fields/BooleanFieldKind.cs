using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

public sealed class BooleanFieldKind : IContentFieldKind
{
    public string Name => "Boolean";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Boolean;

    public FieldResult Normalize(JsonNode value, FieldSettings settings) =>
        value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? FieldResult.Ok(JsonValue.Create(value.GetValue<bool>()))
            : FieldResult.Fail(FieldMessages.MustBeBoolean);
}
