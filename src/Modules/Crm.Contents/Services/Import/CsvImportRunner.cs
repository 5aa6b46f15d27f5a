using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Data;

namespace Crm.Contents.Services.Import;

/// <summary>
/// Runs one CSV import for the import screen: rows that the duplicate rules match are skipped or update the best match,
/// the others go to <see cref="ContentImporter"/> in batches. All-or-nothing wraps the updates and the import in one
/// transaction, rolled back when any row is bad; keep-valid commits batch by batch.
/// </summary>
public sealed class CsvImportRunner(ContentImporter importer, DuplicateFinder finder, ContentManager manager, ContentAuthorizer authorizer,
    CsvImportFile file, ContentDefinitionManager definitions, TenantDb db)
{
    // The report names a field by its display name, whichever step found the problem and however it named the field.
    private Dictionary<string, string> _fieldNames = [];

    public const int BatchSize = 200;
    public const string NotAllowedToUpdate = "you may not change the matching item {0}";
    public const string ChangedMeanwhile = "the matching item {0} was changed meanwhile";

    public async Task RunAsync(ImportJob job, string text, ContentTypeDefinition type, IReadOnlyList<ContentFieldReference?> columns, ImportMode mode,
        DuplicateHandling duplicates, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        _fieldNames = defs.FieldsOf(type)
            .SelectMany(f => new[] { (f.QualifiedName, f.Field.DisplayName), (f.Field.Name, f.Field.DisplayName) })
            .DistinctBy(n => n.Item1, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(n => n.Item1, n => n.Item2, StringComparer.OrdinalIgnoreCase);
        var allOrNothing = mode == ImportMode.AllOrNothing;
        await using var transaction = allOrNothing ? await db.BeginTransactionAsync(cancellationToken) : null;
        // The importer numbers the rows it is given 1, 2, …; this maps them back to the file's rows.
        var fileRows = new List<int>();
        var options = new ImportOptions
        {
            Mode = mode, BatchSize = BatchSize, MaxErrors = job.MaxErrors,
            Progress = p => job.SetImported(p.Created, p.FailedRows),
        };
        var result = await importer.ImportAsync(type.Name, ToCreateAsync(job, text, type, columns, duplicates, user, fileRows, cancellationToken), options, cancellationToken);
        job.SetImported(result.Created, result.FailedRows);
        foreach (var error in result.Errors) job.AddError(new ImportReportRow(fileRows[error.Row - 1], FieldName(error.Field), error.Problem));

        var rollBack = allOrNothing && job.FailedRows > 0;
        if (transaction is not null && !rollBack) await transaction.CommitAsync(cancellationToken);
        job.Finish(rollBack);
    }

    private async IAsyncEnumerable<JsonObject> ToCreateAsync(ImportJob job, string text, ContentTypeDefinition type, IReadOnlyList<ContentFieldReference?> columns,
        DuplicateHandling duplicates, ClaimsPrincipal user, List<int> fileRows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var checkDuplicates = duplicates != DuplicateHandling.Create && type.Settings.DuplicateRules.Count > 0;
        await foreach (var row in file.RowsAsync(text, columns, cancellationToken))
        {
            job.RowRead();
            if (row.Problems.Count > 0)
            {
                Fail(job, row.Row, row.Problems);
                continue;
            }
            if (checkDuplicates && await BestMatchAsync(type, row.Values, cancellationToken) is { } match)
            {
                if (duplicates == DuplicateHandling.Skip) job.RowSkipped(new ImportSkippedRow(row.Row, match.Item.Id, match.Item.DisplayText, match.Rule));
                else await UpdateAsync(job, type, row, match.Item.Id, user, cancellationToken);
                continue;
            }
            fileRows.Add(row.Row);
            yield return row.Values;
        }
    }

    private async Task<DuplicateMatch?> BestMatchAsync(ContentTypeDefinition type, JsonObject values, CancellationToken cancellationToken)
    {
        try
        {
            var matches = await finder.FindDuplicatesAsync(type.Name, values, cancellationToken);
            return matches.Count > 0 ? matches[0] : null;
        }
        catch (ContentValidationException)
        {
            // A bad value cannot match; the importer reports it with the row's other problems.
            return null;
        }
    }

    private async Task UpdateAsync(ImportJob job, ContentTypeDefinition type, MappedRow row, string id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var item = await manager.GetAsync(id, cancellationToken: cancellationToken);
        if (item is null || !await authorizer.CanAsync(user, ContentAction.Edit, type, item.Owner, cancellationToken))
        {
            Fail(job, row.Row, [new ContentFieldError("", new FieldProblem(NotAllowedToUpdate, item?.DisplayText ?? id))]);
            return;
        }
        try
        {
            await manager.UpdateAsync(id, row.Values, item.Version, cancellationToken);
            job.RowUpdated();
        }
        catch (ContentValidationException e)
        {
            Fail(job, row.Row, e.Errors);
        }
        catch (ContentConcurrencyException)
        {
            Fail(job, row.Row, [new ContentFieldError("", new FieldProblem(ChangedMeanwhile, item.DisplayText))]);
        }
    }

    private void Fail(ImportJob job, int row, IEnumerable<ContentFieldError> problems)
    {
        job.RowFailed();
        foreach (var problem in problems) job.AddError(new ImportReportRow(row, FieldName(problem.Field), problem.Problem));
    }

    /// <summary>A field's display name; other places (a CSV column, the row as a whole) as they were named.</summary>
    private string FieldName(string field) => _fieldNames.GetValueOrDefault(field, field);
}
