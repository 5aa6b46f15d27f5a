using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

public sealed class TextFieldKind : IContentFieldKind
{
    public const int DefaultMaxLength = 4000;

    public string Name => "Text";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Text;

    public IEnumerable<string> ValidateSettings(FieldSettings settings) => TextRules.ValidateSettings(settings);

    public FieldResult Normalize(JsonNode value, FieldSettings settings) => TextRules.Normalize(value, settings, DefaultMaxLength);
}
