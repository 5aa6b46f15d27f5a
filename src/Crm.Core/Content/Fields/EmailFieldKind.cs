using System.Net.Mail;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

public sealed class EmailFieldKind : IContentFieldKind
{
    public string Name => "Email";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Text;

    public FieldResult Normalize(JsonNode value, FieldSettings settings)
    {
        if (!JsonValues.TryText(value, out var text)) return FieldResult.Fail(FieldMessages.MustBeEmail);
        text = text.Trim();
        if (text.Length > 254 || !MailAddress.TryCreate(text, out var address) || address.Address != text || !address.Host.Contains('.'))
        {
            return FieldResult.Fail(FieldMessages.NotAnEmail, text);
        }
        return FieldResult.Ok(JsonValue.Create(text));
    }
}
