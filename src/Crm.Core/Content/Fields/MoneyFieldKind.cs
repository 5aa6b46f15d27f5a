using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

/// <summary><c>{ "Amount": 120000, "Currency": "KRW" }</c>; a bare number takes the field's default currency.</summary>
public sealed partial class MoneyFieldKind : IContentFieldKind
{
    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    public string Name => "Money";

    public string? IndexProperty => "Amount";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Number;

    public IEnumerable<string> ValidateSettings(FieldSettings settings)
    {
        foreach (var problem in NumberRules.ValidateSettings(settings)) yield return problem;
        if (settings.Currency is { } currency && !CurrencyCode().IsMatch(currency)) yield return $"Currency '{currency}' is not an ISO 4217 code such as KRW or USD";
    }

    public FieldResult Normalize(JsonNode value, FieldSettings settings)
    {
        decimal amount;
        string? currency = settings.Currency;
        if (JsonValues.TryNumber(value, out amount))
        {
        }
        else if (value is JsonObject money && money["Amount"] is { } amountNode && JsonValues.TryNumber(amountNode, out amount))
        {
            if (money["Currency"] is { } currencyNode)
            {
                if (!JsonValues.TryText(currencyNode, out var code) || !CurrencyCode().IsMatch(code)) return FieldResult.Fail(FieldMessages.BadCurrency);
                currency = code;
            }
        }
        else
        {
            return FieldResult.Fail(FieldMessages.MustBeMoney);
        }
        if (currency is null) return FieldResult.Fail(FieldMessages.NeedsCurrency);
        var checkedAmount = NumberRules.Check(amount, settings);
        if (!checkedAmount.IsValid) return checkedAmount;
        return FieldResult.Ok(new JsonObject { ["Amount"] = amount, ["Currency"] = currency });
    }
}
