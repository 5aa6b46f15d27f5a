using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;

namespace Crm.GraphQL.Resolvers;

/// <summary>Converts stored JSON values to what the schema's types serve, and GraphQL input values back to JSON for the content manager.</summary>
internal static class ContentValues
{
    public static string Instant(DateTimeOffset instant) => DateTimeFieldKind.Canonical(instant);

    /// <summary>A stored scalar as string, decimal or bool; a list as a list of those; Money as <see cref="MoneyValue"/>.</summary>
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Select(FromJson).Where(v => v is not null).ToList(),
        JsonObject money when money["Amount"] is { } amount => new MoneyValue(JsonValues.Number(amount), money["Currency"]?.GetValue<string>() ?? ""),
        JsonObject => null,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => JsonValues.Number(value),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };

    /// <summary>The same conversion for a value read straight from a stored document (no node in between).</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => Number(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).Where(v => v is not null).ToList(),
        JsonValueKind.Object when element.TryGetProperty("Amount", out var amount) && amount.ValueKind != JsonValueKind.Null =>
            new MoneyValue(Number(amount), element.TryGetProperty("Currency", out var currency) && currency.ValueKind != JsonValueKind.Null ? currency.GetString()! : ""),
        _ => null,
    };

    private static decimal Number(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && (element.TryGetDecimal(out var number)
            || decimal.TryParse(element.GetRawText(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number))
            ? number
            : throw new FormatException($"{element.GetRawText()} is not a number.");

    /// <summary>A GraphQL input value (strings, numbers, booleans, lists, input objects as dictionaries) as JSON.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        decimal number => JsonValue.Create(number),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        System.Numerics.BigInteger number => JsonValue.Create((decimal)number),
        IDictionary<string, object?> money => Money(money),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToJson).ToArray()),
        _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>MoneyInput { amount, currency } as the stored shape { Amount, Currency }.</summary>
    private static JsonObject Money(IDictionary<string, object?> input)
    {
        var money = new JsonObject { ["Amount"] = ToJson(input.TryGetValue("amount", out var amount) ? amount : null) };
        if (input.TryGetValue("currency", out var currency) && currency is not null) money["Currency"] = ToJson(currency);
        return money;
    }
}
