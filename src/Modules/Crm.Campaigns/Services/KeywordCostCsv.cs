using System.Globalization;
using Crm.Campaigns.Models;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Fields;
using CsvHelper;

namespace Crm.Campaigns.Services;

/// <summary>
/// Reads an ad platform's keyword cost report: columns month (yyyy-MM or a day of it), keyword, cost, and optionally
/// clicks and impressions, in any order and case. Every row is checked; each problem names the spreadsheet row (the header
/// is row 1) and the column.
/// </summary>
public static class KeywordCostCsv
{
    public const int MaxRows = 10_000;
    public const string MonthColumn = "month", KeywordColumn = "keyword", CostColumn = "cost", ClicksColumn = "clicks", ImpressionsColumn = "impressions";
    private static readonly string[] Required = [MonthColumn, KeywordColumn, CostColumn];
    private const int MaxKeyword = 200;

    public static async Task<(IReadOnlyList<KeywordCostLine> Lines, IReadOnlyList<ImportError> Errors)> ReadAsync(TextReader text, CancellationToken cancellationToken)
    {
        var lines = new List<KeywordCostLine>();
        var errors = new List<ImportError>();
        // Malformed records by record number (the header being record 1, as in a spreadsheet).
        var malformed = new Dictionary<long, CsvMalformedReason>();
        await using var csv = CsvReader.Create(text, new CsvReaderOptions
        {
            Separator = ',', TrimWhitespace = true, OnMalformedRecord = record => malformed.TryAdd(record.RecordNumber, record.Reason),
        }, leaveOpen: true);
        await csv.ReadHeaderAsync(cancellationToken);
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (header.All(h => h.Length == 0))
        {
            errors.Add(new ImportError(1, "", new FieldProblem("The file is empty: the first row must name the columns month, keyword and cost.")));
            return (lines, errors);
        }
        foreach (var missing in Required.Where(c => !header.Contains(c)))
        {
            errors.Add(new ImportError(1, missing, new FieldProblem("The column {0} is missing.", missing)));
        }
        if (errors.Count > 0) return (lines, errors);
        string? Cell(string column) => header.IndexOf(column) is var i and >= 0 && i < csv.FieldCount ? csv.GetString(i).Trim() : null;

        var seen = new Dictionary<(DateOnly, string), int>();
        var row = 1;
        while (await csv.ReadAsync(cancellationToken))
        {
            row = (int)csv.RowNumber + 1;
            if (row - 1 > MaxRows)
            {
                errors.Add(new ImportError(row, "", new FieldProblem("A file may have at most {0} rows; split it by month.", MaxRows)));
                break;
            }
            var before = errors.Count;
            if (malformed.Remove(row, out var reason)) Fail("", FieldMessages.NotValidCsv, reason);
            DateOnly? month = Month(Cell(MonthColumn)) is { } m ? m : Fail(MonthColumn, "Give the month as yyyy-MM (e.g. 2026-03).");
            var keyword = Cell(KeywordColumn);
            if (string.IsNullOrEmpty(keyword)) Fail(KeywordColumn, "The keyword is empty.");
            else if (keyword.Length > MaxKeyword) Fail(KeywordColumn, "The keyword is longer than {0} characters.", MaxKeyword);
            var cost = Number(Cell(CostColumn), CostColumn, required: true, whole: false);
            var clicks = Number(Cell(ClicksColumn), ClicksColumn, required: false, whole: true);
            var impressions = Number(Cell(ImpressionsColumn), ImpressionsColumn, required: false, whole: true);
            if (errors.Count > before || month is null || cost is null) continue;
            if (seen.TryGetValue((month.Value, keyword!.ToLowerInvariant()), out var first))
            {
                Fail(KeywordColumn, "The keyword {0} appears twice for {1} (rows {2} and {3}).", keyword, month.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture), first, row);
                continue;
            }
            seen[(month.Value, keyword.ToLowerInvariant())] = row;
            lines.Add(new KeywordCostLine(row, month.Value, keyword, cost.Value, (long?)clicks, (long?)impressions));
        }
        if (errors.Count == 0 && lines.Count == 0) errors.Add(new ImportError(2, "", new FieldProblem("The file has no cost rows.")));
        return (lines, errors);

        DateOnly? Fail(string column, string template, params object[] arguments)
        {
            errors.Add(new ImportError(row, column, new FieldProblem(template, arguments)));
            return null;
        }

        decimal? Number(string? cell, string column, bool required, bool whole)
        {
            if (string.IsNullOrEmpty(cell))
            {
                if (required) Fail(column, "The {0} is empty.", column);
                return null;
            }
            if (!decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) Fail(column, "{0} is not a number.", cell);
            else if (number < 0) Fail(column, "The {0} must not be negative.", column);
            else if (whole && number != decimal.Truncate(number)) Fail(column, "The {0} must be a whole number.", column);
            else return number;
            return null;
        }
    }

    private static DateOnly? Month(string? text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM", "yyyy-MM-dd", "yyyy/MM", "yyyy/MM/dd", "yyyy.MM", "yyyy.MM.dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateOnly(day.Year, day.Month, 1)
            : null;

    public static string MonthText(DateOnly month) => month.ToString(DateFieldKind.Format, CultureInfo.InvariantCulture);
}
