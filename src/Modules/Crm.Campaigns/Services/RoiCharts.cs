using System.Text.Json;
using Crm.Campaigns.Models;
using Crm.Opportunities.Models;

namespace Crm.Campaigns.Services;

/// <summary>The Chart.js specs of the ROI screens (drawn by the dashboard's charts.js): one series per currency, never added up.</summary>
public static class RoiCharts
{
    /// <summary>Cost and revenue per month, as bars.</summary>
    /// <param name="costLabel">"Cost ({0})", translated; {0} is the currency.</param>
    public static string CostAndRevenue(IReadOnlyList<RoiLine> lines, IReadOnlyList<string> currencies, string costLabel, string revenueLabel) => JsonSerializer.Serialize(new
    {
        type = "bar",
        labels = lines.Select(l => l.Label),
        datasets = currencies.SelectMany(c => new[]
        {
            new { label = string.Format(costLabel, c), data = lines.Select(l => l.In(c)?.Cost ?? 0m) },
            new { label = string.Format(revenueLabel, c), data = lines.Select(l => l.In(c)?.Revenue ?? 0m) },
        }),
    });

    /// <summary>ROI in percent per row (a gap where there is no cost).</summary>
    /// <param name="roiLabel">"ROI % ({0})", translated; {0} is the currency.</param>
    public static string Roi(IReadOnlyList<RoiLine> lines, IReadOnlyList<string> currencies, string roiLabel) => JsonSerializer.Serialize(new
    {
        type = "bar",
        labels = lines.Select(l => l.Label),
        datasets = currencies.Select(c => new { label = string.Format(roiLabel, c), data = lines.Select(l => l.In(c)?.Roi is { } roi ? Math.Round(roi * 100, 1) : (decimal?)null) }),
    });

    /// <summary>"25.0%", "−100.0%", or "—" when there is no cost.</summary>
    public static string Percent(decimal? roi, IFormatProvider culture) => roi is { } value ? (value * 100).ToString("0.0", culture) + "%" : "—";

    /// <summary>An amount in its currency's digits ("1,234,000" KRW, "12.50" USD), the currency shown beside it.</summary>
    public static string Amount(decimal amount, string currency, IFormatProvider culture) =>
        Money.Round(amount, currency).ToString("N" + Money.DecimalsOf(currency).ToString(System.Globalization.CultureInfo.InvariantCulture), culture);
}
