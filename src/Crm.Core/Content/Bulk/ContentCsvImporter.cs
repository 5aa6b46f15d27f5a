using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using CsvHelper;

namespace Crm.Core.Content.Bulk;

/// <summary>
/// Imports a CSV file whose header names the fields ("Name", "Email" or "Customer.Email"). Cells are read by the field's
/// kind: numbers in invariant form (1234.5), booleans as true/false/yes/no/1/0, lists (tags, multiple choices or pickers)
/// separated by ";"; an empty cell leaves the field unset. Errors name the spreadsheet row (the header is row 1) and the
/// column. A header naming an unknown or repeated column stops the import before any row is read.
/// </summary>
public sealed class ContentCsvImporter(ContentImporter importer, ContentDefinitionManager definitions, FieldKinds kinds)
{
    public async Task<ImportResult> ImportAsync(string contentType, TextReader reader, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        var type = defs.FindType(contentType)
                   ?? throw new ContentValidationException(contentType, [new ContentFieldError("ContentType", new FieldProblem(FieldMessages.NotAContentType, contentType))]);
        // Malformed records by record number (the header being record 1, as in a spreadsheet).
        var malformed = new Dictionary<long, CsvMalformedReason>();
        var csvOptions = new CsvReaderOptions
        {
            Separator = ',',
            TrimWhitespace = true,
            OnMalformedRecord = record => malformed.TryAdd(record.RecordNumber, record.Reason),
        };
        await using var csv = CsvReader.Create(reader, csvOptions, leaveOpen: true);
        await csv.ReadHeaderAsync(cancellationToken);
        var header = csv.Headers.Select(h => h.Trim()).ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            return HeaderFailure([new ImportError(1, "", new FieldProblem(FieldMessages.NoHeader))]);
        }

        var columns = new ContentFieldReference?[header.Length];
        var problems = new List<ImportError>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i];
            if (name.Length == 0) problems.Add(new ImportError(1, $"column {i + 1}", new FieldProblem(FieldMessages.ColumnWithoutName)));
            else if (defs.FindField(type, name) is not { } field) problems.Add(new ImportError(1, name, new FieldProblem(FieldMessages.NotAField, type.Name)));
            else if (columns.Contains(field)) problems.Add(new ImportError(1, name, new FieldProblem(FieldMessages.ColumnTwice)));
            else columns[i] = field;
        }
        if (problems.Count > 0) return HeaderFailure(problems);

        return await importer.ImportRowsAsync(type.Name, RowsAsync(csv, header, columns, malformed, cancellationToken), options ?? new ImportOptions(), cancellationToken);
    }

    private async IAsyncEnumerable<ImportRow> RowsAsync(CsvReader csv, string[] header, ContentFieldReference?[] columns, Dictionary<long, CsvMalformedReason> malformed,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await csv.ReadAsync(cancellationToken))
        {
            var row = (int)csv.RowNumber + 1;
            var (values, problems) = CsvCells.Record(csv, row, columns, i => header[i], malformed, kinds);
            yield return new ImportRow(row, values, problems);
        }
    }

    private static ImportResult HeaderFailure(IReadOnlyList<ImportError> errors) => new(0, 0, 1, errors);
}
