using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Contents.Models.Items;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Microsoft.AspNetCore.Http;

namespace Crm.Contents.Services.Items;

/// <summary>
/// Converts between stored field values and the text of the form's widgets. Posted text is turned into the JSON the
/// content manager expects and is not validated here: the field kinds refuse bad values with messages the form shows.
/// </summary>
public sealed class ItemFormBinder(FieldKinds kinds)
{
    /// <summary>Input names: the field's "Part.Field"; money adds ":currency"; relations add ":ids" (typed ids win over the select).</summary>
    public const string CurrencySuffix = ":currency";
    public const string IdsSuffix = ":ids";

    private const string LocalDateTime = "yyyy-MM-dd'T'HH:mm";

    public string KindOf(ContentFieldReference field) => kinds.Find(field.Field.Kind)?.Name ?? field.Field.Kind;

    public PostedField FromStored(ContentFieldReference field, JsonNode? value, TimeZoneInfo zone)
    {
        if (value is null) return PostedField.Empty;
        switch (KindOf(field))
        {
            case "Money":
                return value is JsonObject money
                    ? new PostedField(Texts(money["Amount"]), money["Currency"]?.GetValue<string>())
                    : new PostedField(Texts(value));
            case "Boolean":
                return value is JsonValue v && v.GetValueKind() == JsonValueKind.True ? new PostedField(["true"]) : PostedField.Empty;
            case "DateTime":
                return DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                    ? new PostedField([TimeZoneInfo.ConvertTime(instant, zone).ToString(LocalDateTime, CultureInfo.InvariantCulture)])
                    : new PostedField(Texts(value));
            default:
                return new PostedField(Texts(value));
        }
    }

    public PostedField FromForm(ContentFieldReference field, IFormCollection form)
    {
        var name = field.QualifiedName;
        var kind = KindOf(field);
        IEnumerable<string> values = form[name].Select(v => v ?? "");
        if (kind is "ContentPicker" or "UserPicker" && form.TryGetValue(name + IdsSuffix, out var typed) && !string.IsNullOrWhiteSpace(typed.ToString()))
        {
            values = typed.ToString().Split(',');
        }
        else if (kind == "Tags")
        {
            values = values.SelectMany(v => v.Split(','));
        }
        var list = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (kind == "Boolean") list = list.Contains("true") ? ["true"] : [];
        var currency = kind == "Money" ? form[name + CurrencySuffix].ToString().Trim() : null;
        return new PostedField(list, string.IsNullOrEmpty(currency) ? null : currency);
    }

    /// <summary>The value to store; null clears the field (and fails a required one).</summary>
    public JsonNode? ToJson(ContentFieldReference field, PostedField posted, TimeZoneInfo zone)
    {
        var kind = KindOf(field);
        if (kind == "Boolean") return JsonValue.Create(posted.Values.Contains("true"));
        if (posted.Values.Count == 0) return null;
        var text = posted.First;
        return kind switch
        {
            "Number" => Number(text),
            "Money" => posted.Currency is null ? Number(text) : new JsonObject { ["Amount"] = Number(text), ["Currency"] = posted.Currency },
            "DateTime" => JsonValue.Create(WithOffset(text, zone)),
            "Tags" => FormJson.Array(posted.Values),
            "Choice" or "ContentPicker" or "UserPicker" when field.Field.Settings.Multiple => FormJson.Array(posted.Values),
            // Several values for a single-value field are passed on as a list so the kind refuses them by name.
            _ when posted.Values.Count > 1 => FormJson.Array(posted.Values),
            _ => JsonValue.Create(text),
        };
    }

    /// <summary>Unparsable text is passed on as text so the kind answers "must be a number" in the user's language.</summary>
    private static JsonNode? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(text);

    /// <summary>A datetime-local input has no zone: it is read in the tenant's zone and sent with that offset.</summary>
    private static string WithOffset(string text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || HasZone(text)) return text;
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private static bool HasZone(string text) => text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static List<string> Texts(JsonNode? value) => value switch
    {
        null => [],
        JsonArray array => array.Where(i => i is not null).Select(i => Text(i!)).ToList(),
        _ => [Text(value)],
    };

    private static string Text(JsonNode node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String
        ? v.GetValue<string>()
        : FormJson.TryNumber(node, out var number) ? number.ToString(CultureInfo.InvariantCulture) : node.ToJsonString();
}
