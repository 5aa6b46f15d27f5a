using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary>A phone number as written ("010-1234-5678", "+82 2 555 0100"): 7 to 15 digits with the usual separators.</summary>
public sealed class PhoneFieldKind : IContentFieldKind
{
    public string Name => "Phone";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Text;

    public FieldResult Normalize(JsonNode value, FieldSettings settings)
    {
        if (!JsonValues.TryText(value, out var text)) return FieldResult.Fail(FieldMessages.MustBePhone);
        text = text.Trim();
        var digits = text.Count(char.IsAsciiDigit);
        var allowed = text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '.' or '/') || (text.StartsWith('+') && text[1..].All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '.'));
        return allowed && digits is >= 7 and <= 15 ? FieldResult.Ok(JsonValue.Create(text)) : FieldResult.Fail(FieldMessages.NotAPhone, text);
    }
}
