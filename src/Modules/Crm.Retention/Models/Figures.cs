using System.Globalization;
using Crm.Opportunities.Models;

namespace Crm.Retention.Models;

/// <summary>How the programs screen writes its numbers: rates and lift as percentages, "—" where there is nothing to divide by.</summary>
public static class Figures
{
    public const string None = "—";

    public static string Rate(double? rate, IFormatProvider culture) => rate is { } r ? (r * 100).ToString("0.#", culture) + "%" : None;

    public static string Lift(double? lift, IFormatProvider culture) => lift is { } l ? (l >= 0 ? "+" : "") + (l * 100).ToString("0.#", culture) + "%" : None;

    public static string Money(IReadOnlyDictionary<string, decimal> amounts, IFormatProvider culture) =>
        amounts.Count == 0 ? "0" : string.Join(" · ", amounts.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new Money(Crm.Opportunities.Models.Money.Round(a.Value, a.Key), a.Key).Format(culture)));

    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
