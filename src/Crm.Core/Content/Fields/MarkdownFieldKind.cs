using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary>Markdown source; rendered (and sanitised) when shown.</summary>
public sealed class MarkdownFieldKind : IContentFieldKind
{
    public const int DefaultMaxLength = 100_000;

    public string Name => "Markdown";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Text;

    public IEnumerable<string> ValidateSettings(FieldSettings settings) => TextRules.ValidateSettings(settings);

    public FieldResult Normalize(JsonNode value, FieldSettings settings) => TextRules.Normalize(value, settings with { Pattern = null }, DefaultMaxLength);
}
