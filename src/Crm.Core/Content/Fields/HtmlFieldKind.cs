using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Ganss.Xss;

namespace Crm.Core.Content.Fields;

/// <summary>Rich text, sanitised on the way in (scripts, event handlers and javascript: links are removed).</summary>
public sealed class HtmlFieldKind : IContentFieldKind
{
    public const int DefaultMaxLength = 200_000;

    // HtmlSanitizer is thread-safe once configured.
    private static readonly HtmlSanitizer Sanitizer = new();

    public string Name => "Html";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Text;

    public IEnumerable<string> ValidateSettings(FieldSettings settings) => TextRules.ValidateSettings(settings);

    public FieldResult Normalize(JsonNode value, FieldSettings settings)
    {
        if (!JsonValues.TryText(value, out var html)) return FieldResult.Fail(FieldMessages.MustBeText);
        var max = settings.MaxLength ?? DefaultMaxLength;
        if (html.Length > max) return FieldResult.Fail(FieldMessages.TooLong, max);
        return FieldResult.Ok(JsonValue.Create(Sanitizer.Sanitize(html).Trim()));
    }
}
