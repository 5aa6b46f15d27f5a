namespace Crm.Opportunities.Models;

/// <summary>The forecast in one currency: a row per owner, the month totals, and the chart's data (JSON for Chart.js).</summary>
public sealed record ForecastTable(string Currency, IReadOnlyList<ForecastOwnerRow> Owners, IReadOnlyList<ForecastCell> Totals, string ChartJson);
