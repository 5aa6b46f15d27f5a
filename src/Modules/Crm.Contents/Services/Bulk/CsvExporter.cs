using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using CsvHelper;

namespace Crm.Contents.Services.Bulk;

/// <summary>
/// Writes a type's items as CSV, page after page of keyset queries, so a large export never holds more than one page.
/// Columns: Id, DisplayText, Owner, CreatedUtc, ModifiedUtc, then every field by name (Part.Field when two parts share a
/// name). Values are canonical, not the screen's: numbers invariant (1234.5), booleans true/false, dates yyyy-MM-dd,
/// times UTC ISO 8601, choices by value, lists (tags, multiple choices, pickers) joined with ";" — the forms the CSV
/// import reads back — and money as "amount currency" in one cell ("1000 KRW").
/// The file starts with a UTF-8 byte order mark so Excel opens Korean text correctly.
/// </summary>
public sealed class CsvExporter(ContentQuery query)
{
    public const int PageSize = 500;

    private static readonly string[] Metadata = ["Id", "DisplayText", "Owner", "CreatedUtc", "ModifiedUtc"];

    /// <summary>Compiles the query first, so a bad filter or sort is a <see cref="FilterException"/> before anything is written.</summary>
    public Task ValidateAsync(ContentTypeDefinition type, FilterNode filter, string? sort, CancellationToken cancellationToken) =>
        query.CompileAsync(Request(type, filter, sort, null), cancellationToken);

    public async Task WriteAsync(Stream output, ContentDefinitions defs, ContentTypeDefinition type, FilterNode filter, string? sort, CancellationToken cancellationToken)
    {
        var fields = defs.FieldsOf(type);
        var duplicated = fields.GroupBy(f => f.Field.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var header = Metadata.Concat(fields.Select(f => duplicated.Contains(f.Field.Name) ? f.QualifiedName : f.Field.Name)).ToArray();

        await output.WriteAsync(new byte[] { 0xEF, 0xBB, 0xBF }, cancellationToken);
        // Injection escaping keeps a cell such as "=HYPERLINK(...)" from becoming a formula when the file is opened in Excel.
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        await csv.WriteRecordAsync(header, cancellationToken);
        string? after = null;
        do
        {
            var page = await query.QueryAsync(Request(type, filter, sort, after), cancellationToken);
            foreach (var item in page.Items) await csv.WriteRecordAsync(Row(item, fields), cancellationToken);
            after = page.NextCursor;
        }
        while (after is not null);
        await csv.FlushAsync(cancellationToken);
    }

    private static ContentQueryRequest Request(ContentTypeDefinition type, FilterNode filter, string? sort, string? after) => new()
    {
        ContentType = type.Name,
        Filter = filter,
        OrderBy = string.IsNullOrWhiteSpace(sort) ? [] : [sort.Trim()],
        First = PageSize,
        After = after,
        Count = CountMode.None,
    };

    private static string[] Row(ContentItem item, IReadOnlyList<ContentFieldReference> fields) =>
    [
        item.Id, item.DisplayText, item.Owner ?? "", DateTimeFieldKind.Canonical(item.CreatedUtc), DateTimeFieldKind.Canonical(item.ModifiedUtc),
        .. fields.Select(f => Cell(item.Value(f.PartName, f.Field.Name))),
    ];

    public static string Cell(JsonNode? value) => value switch
    {
        null => "",
        JsonArray list => string.Join(";", list.Select(Cell)),
        JsonObject money when money["Amount"] is { } amount => $"{Cell(amount)} {Cell(money["Currency"])}".Trim(),
        JsonObject other => other.ToJsonString(),
        JsonValue scalar => scalar.GetValueKind() switch
        {
            JsonValueKind.String => scalar.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => decimal.TryParse(scalar.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : scalar.ToJsonString(),
            _ => "",
        },
        _ => "",
    };
}
