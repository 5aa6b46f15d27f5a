using System.Text.Json.Nodes;

namespace Crm.Opportunities.Models;

/// <summary>Reads the number fields of items (quantities, percentages, terms).</summary>
public static class Numbers
{
    public static decimal? From(JsonNode? value) => value is JsonValue number && number.TryGetValue<decimal>(out var n) ? n : null;
}
