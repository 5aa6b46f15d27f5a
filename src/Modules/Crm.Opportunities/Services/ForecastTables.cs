using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Opportunities.Models;

namespace Crm.Opportunities.Services;

/// <summary>Lays the forecast's rows out for the screen: per currency, owners down, months across, with totals and the chart's datasets.</summary>
public static class ForecastTables
{
    public static IReadOnlyList<ForecastTable> From(IReadOnlyList<ForecastRow> rows, IReadOnlyList<DateOnly> months, string noOwner) =>
        rows.GroupBy(r => r.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(currency =>
        {
            var owners = currency.GroupBy(r => r.OwnerId)
                .Select(owner => new ForecastOwnerRow(owner.First().OwnerName ?? owner.Key, months.Select(m => Cell(owner.Where(r => r.Month == m))).ToList()))
                .OrderBy(o => o.Owner ?? "", StringComparer.CurrentCulture)
                .ToList();
            var totals = months.Select((_, i) => owners.Aggregate(ForecastCell.Empty, (sum, o) => sum.Plus(o.Cells[i]))).ToList();
            return new ForecastTable(currency.Key, owners, totals, Chart(owners, months, noOwner));
        }).ToList();

    private static ForecastCell Cell(IEnumerable<ForecastRow> rows) =>
        rows.Aggregate(ForecastCell.Empty, (sum, r) => sum.Plus(new ForecastCell(r.Opportunities, r.Amount, r.Weighted)));

    /// <summary>Stacked bars for the shared charts.js: one dataset per owner, the weighted amount per month.</summary>
    private static string Chart(IReadOnlyList<ForecastOwnerRow> owners, IReadOnlyList<DateOnly> months, string noOwner) =>
        new JsonObject
        {
            ["type"] = "bar",
            ["labels"] = new JsonArray(months.Select(m => (JsonNode)m.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToArray()),
            ["datasets"] = new JsonArray(owners.Select(o => (JsonNode)new JsonObject
            {
                ["label"] = o.Owner ?? noOwner,
                ["data"] = new JsonArray(o.Cells.Select(c => (JsonNode)JsonValue.Create(c.Weighted)).ToArray()),
            }).ToArray()),
            ["scales"] = new JsonObject { ["x"] = new JsonObject { ["stacked"] = true }, ["y"] = new JsonObject { ["stacked"] = true, ["beginAtZero"] = true } },
            ["plugins"] = new JsonObject { ["legend"] = new JsonObject { ["display"] = true } },
        }.ToJsonString();
}
