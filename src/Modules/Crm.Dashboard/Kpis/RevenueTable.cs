using System.Text.Json;
using Crm.Opportunities.Models;

namespace Crm.Dashboard.Kpis;

/// <summary>Revenue by month laid out for the card: every month of the period, one column (and one chart series) per currency.</summary>
public sealed record RevenueTable(IReadOnlyList<DateOnly> Months, IReadOnlyList<string> Currencies, IReadOnlyDictionary<(DateOnly, string), decimal> Amounts)
{
    public static RevenueTable From(KpiPeriod period, IReadOnlyList<MonthRevenue> rows) => new(
        period.EachMonth,
        rows.Select(r => r.Currency).Distinct().Order(StringComparer.Ordinal).ToList(),
        rows.ToDictionary(r => (r.Month, r.Currency), r => r.Amount));

    public decimal AmountOf(DateOnly month, string currency) => Amounts.GetValueOrDefault((month, currency));

    public decimal TotalOf(string currency) => Amounts.Where(a => a.Key.Item2 == currency).Sum(a => a.Value);

    /// <summary>The Chart.js bar chart: months on the axis, a series per currency (amounts of different currencies are never added up).</summary>
    public string ChartJson(string seriesLabel) => JsonSerializer.Serialize(new
    {
        type = "bar",
        labels = Months.Select(KpiPeriod.Month),
        datasets = Currencies.Select(c => new { label = string.Format(seriesLabel, c), data = Months.Select(m => AmountOf(m, c)) }),
    });

    public static string Format(decimal amount, string currency, IFormatProvider culture) => new Money(amount, currency).Format(culture);
}
