using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary>A calendar date stored as yyyy-MM-dd, so text order is date order.</summary>
public sealed class DateFieldKind : IContentFieldKind
{
    public const string Format = "yyyy-MM-dd";

    public string Name => "Date";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Text;

    public FieldResult Normalize(JsonNode value, FieldSettings settings) =>
        JsonValues.TryText(value, out var text) && DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? FieldResult.Ok(JsonValue.Create(date.ToString(Format, CultureInfo.InvariantCulture)))
            : FieldResult.Fail(FieldMessages.MustBeDate);
}
