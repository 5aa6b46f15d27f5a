using System.Net;
using System.Text.RegularExpressions;

namespace Crm.Web.Tests.Infrastructure;

/// <summary>Reads the dashboard's cards and tables out of a page's HTML, as a person reads them (and its API answers alike).</summary>
public static class DashboardHtml
{
    /// <summary>The card (a <c>section</c>) with this id.</summary>
    public static string Card(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No card {id} on the dashboard.");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>Each table row's cell texts joined by spaces.</summary>
    public static List<string> Rows(string card, string rowClass) =>
        Regex.Matches(card, $"<tr class=\"{rowClass}\"[^>]*>(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => string.Join(" ", Regex.Matches(m.Groups[1].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value.Trim()))))
            .ToList();

    /// <summary>The KPI table's values and details by KPI ("retention" → ("50.0%", "1 of 2 customers")).</summary>
    public static Dictionary<string, (string Value, string Detail)> Kpis(string html) =>
        Regex.Matches(html, "<tr class=\"kpi-row\" data-kpi=\"([\\w-]+)\">.*?<span class=\"kpi-value\">(.*?)</span>\\s*(?:<div class=\"[^\"]*kpi-detail\">(.*?)</div>)?", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups[1].Value, m => (Text(m.Groups[2].Value), Text(m.Groups[3].Value)));

    /// <summary>
    /// An API answer's JSON with amounts that are whole written without decimals ("amount":500.00 → 500): PostgreSQL
    /// sums keep the stored scale, SQLite's do not.
    /// </summary>
    public static string WithWholeAmounts(System.Text.Json.Nodes.JsonNode node) =>
        Regex.Replace(node.ToJsonString(), "\"amount\":(\\d+)\\.0+\\b", "\"amount\":$1");

    // Korean and English percentages differ only by a space ("50.0 %"); the tests read them one way.
    private static string Text(string html) => WebUtility.HtmlDecode(html).Trim().Replace(" %", "%");
}
