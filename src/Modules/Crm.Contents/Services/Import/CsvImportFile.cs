using Crm.Core.Content.Bulk;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using CsvHelper;

namespace Crm.Contents.Services.Import;

/// <summary>
/// Reads an uploaded CSV file through a column mapping. Cells are read as <c>ContentCsvImporter</c> reads them (numbers in
/// invariant form, booleans as true/false/yes/no/1/0, lists separated by ";", an empty cell leaves the field unset), but
/// the columns are chosen by the user instead of by the header, so ignored columns and other header names are fine.
/// </summary>
public sealed class CsvImportFile(FieldKinds kinds)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file as text, or null when it is not UTF-8 text (a spreadsheet or an image uploaded by mistake).</summary>
    public static string? Decode(byte[] bytes)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return text.Contains('\0') ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The header's column names (trimmed) and the number of data rows.</summary>
    public static async Task<(string[] Header, int Rows)> ScanAsync(string text, CancellationToken cancellationToken)
    {
        await using var csv = Open(text, null);
        await csv.ReadHeaderAsync(cancellationToken);
        var header = csv.Headers.Select(h => h.Trim()).ToArray();
        var rows = 0;
        while (await csv.ReadAsync(cancellationToken)) rows++;
        return (header, rows);
    }

    /// <param name="columns">Per header column: the field it fills, or null when the column is ignored.</param>
    public async IAsyncEnumerable<MappedRow> RowsAsync(string text, IReadOnlyList<ContentFieldReference?> columns,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var malformed = new Dictionary<long, CsvMalformedReason>();
        await using var csv = Open(text, malformed);
        await csv.ReadHeaderAsync(cancellationToken);
        while (await csv.ReadAsync(cancellationToken))
        {
            var row = (int)csv.RowNumber + 1;
            var (values, problems) = CsvCells.Record(csv, row, columns, i => columns[i]!.QualifiedName, malformed, kinds);
            yield return new MappedRow(row, values, problems);
        }
    }

    private static CsvReader Open(string text, Dictionary<long, CsvMalformedReason>? malformed) =>
        CsvReader.Create(new StringReader(text), new CsvReaderOptions
        {
            Separator = ',',
            TrimWhitespace = true,
            OnMalformedRecord = record => malformed?.TryAdd(record.RecordNumber, record.Reason),
        }, leaveOpen: false);
}
