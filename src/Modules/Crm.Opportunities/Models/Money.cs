using System.Globalization;
using System.Text.Json.Nodes;

namespace Crm.Opportunities.Models;

/// <summary>An amount in a currency, as money fields store it (<c>{ "Amount": 120000, "Currency": "KRW" }</c>), with the currency's rounding.</summary>
public sealed record Money(decimal Amount, string Currency)
{
    // Currencies without minor units (ISO 4217 exponent 0) that a Korean CRM meets; everything else has cents.
    private static readonly HashSet<string> WholeUnits = new(StringComparer.OrdinalIgnoreCase) { "KRW", "JPY", "VND", "CLP", "ISK", "PYG", "UGX" };

    /// <summary>A stored money value, or null when empty or not money.</summary>
    public static Money? From(JsonNode? value) =>
        value is JsonObject money && money["Amount"] is JsonValue amount && amount.TryGetValue<decimal>(out var number)
        && money["Currency"] is JsonValue currency && currency.TryGetValue<string>(out var code)
            ? new Money(number, code)
            : null;

    public static int DecimalsOf(string currency) => WholeUnits.Contains(currency) ? 0 : 2;

    /// <summary>Rounded to the currency's smallest unit, halves away from zero (commercial rounding).</summary>
    public static decimal Round(decimal amount, string currency) => Math.Round(amount, DecimalsOf(currency), MidpointRounding.AwayFromZero);

    /// <summary>Cut to the currency's smallest unit, as Korean invoices do with VAT (원 미만 절사).</summary>
    public static decimal Truncate(decimal amount, string currency) => Math.Round(amount, DecimalsOf(currency), MidpointRounding.ToZero);

    public Money Times(decimal factor) => new(Round(Amount * factor, Currency), Currency);

    public JsonObject ToJson() => new() { ["Amount"] = Amount, ["Currency"] = Currency };

    /// <summary>"1,234,000 KRW" / "1,234.50 USD" in the given culture's digit grouping.</summary>
    public string Format(IFormatProvider culture) => string.Format(culture, "{0} {1}", Amount.ToString("N" + DecimalsOf(Currency).ToString(CultureInfo.InvariantCulture), culture), Currency);
}
