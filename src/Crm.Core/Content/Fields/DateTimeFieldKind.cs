using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary>
/// An instant stored as UTC ISO-8601 with seven fraction digits ("2026-11-22T04:05:06.0000000Z"): fixed width, so
/// text order is time order and an index on the text serves range filters and sorts.
/// </summary>
public sealed class DateTimeFieldKind : IContentFieldKind
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public string Name => "DateTime";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Text;

    public FieldResult Normalize(JsonNode value, FieldSettings settings)
    {
        if (!JsonValues.TryText(value, out var text)) return FieldResult.Fail(FieldMessages.MustBeDateTime);
        text = text.Trim();
        if (!HasZone(text)) return FieldResult.Fail(FieldMessages.MustHaveTimeZone);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? FieldResult.Ok(JsonValue.Create(Canonical(instant)))
            : FieldResult.Fail(FieldMessages.MustBeDateTime);
    }

    public static string Canonical(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    private static bool HasZone(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':');
}
