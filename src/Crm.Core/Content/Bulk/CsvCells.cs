using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using CsvHelper;

namespace Crm.Core.Content.Bulk;

/// <summary>How a CSV cell becomes the JSON value a field's kind expects (shared by every CSV reader of content).</summary>
public static class CsvCells
{
    /// <summary>A cell that does not parse stays text, so the field kind names the problem in its own words.</summary>
    public static JsonNode Parse(string text, ContentFieldReference field, FieldKinds kinds)
    {
        switch (kinds.Get(field.Field.Kind).StorageFor(field.Field.Settings))
        {
            case FieldStorage.Number when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number):
                return JsonValue.Create(number);
            case FieldStorage.Boolean when Flag(text) is { } flag:
                return JsonValue.Create(flag);
            case FieldStorage.Json:
                return new JsonArray(text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
            default:
                return JsonValue.Create(text);
        }
    }

    /// <summary>
    /// The current record's values (columns mapped to no field are skipped), keyed by <paramref name="keyOf"/>, and the
    /// record's own problems (malformed, more cells than columns).
    /// </summary>
    public static (JsonObject Values, List<ContentFieldError> Problems) Record(
        CsvReader csv, int row, IReadOnlyList<ContentFieldReference?> columns, Func<int, string> keyOf,
        IDictionary<long, CsvMalformedReason> malformed, FieldKinds kinds)
    {
        var values = new JsonObject();
        var problems = new List<ContentFieldError>();
        if (malformed.Remove(row, out var reason) && reason != CsvMalformedReason.FieldCountMismatch)
        {
            problems.Add(new ContentFieldError("", new FieldProblem(FieldMessages.NotValidCsv, reason)));
        }
        if (csv.FieldCount > columns.Count)
        {
            problems.Add(new ContentFieldError($"column {columns.Count + 1}", new FieldProblem(FieldMessages.CellCount, csv.FieldCount, columns.Count)));
        }
        for (var i = 0; i < Math.Min(csv.FieldCount, columns.Count); i++)
        {
            if (columns[i] is not { } field) continue;
            var cell = csv.GetString(i).Trim();
            if (cell.Length > 0) values[keyOf(i)] = Parse(cell, field, kinds);
        }
        return (values, problems);
    }

    private static bool? Flag(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "y" or "1" => true,
        "false" or "no" or "n" or "0" => false,
        _ => null,
    };
}
