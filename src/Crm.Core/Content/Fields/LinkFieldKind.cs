using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary>An absolute http(s) address.</summary>
public sealed class LinkFieldKind : IContentFieldKind
{
    public string Name => "Link";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Text;

    public FieldResult Normalize(JsonNode value, FieldSettings settings)
    {
        if (!JsonValues.TryText(value, out var text)) return FieldResult.Fail(FieldMessages.MustBeLink);
        text = text.Trim();
        return text.Length <= 2000 && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? FieldResult.Ok(JsonValue.Create(text))
            : FieldResult.Fail(FieldMessages.NotALink, text);
    }
}
