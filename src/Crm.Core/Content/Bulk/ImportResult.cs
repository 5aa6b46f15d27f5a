namespace Crm.Core.Content.Bulk;

/// <param name="Created">Items stored; 0 when an AllOrNothing import found any error.</param>
/// <param name="FailedRows">Rows with at least one error (also those beyond the listed <see cref="Errors"/>).</param>
public sealed record ImportResult(int RowsRead, int Created, int FailedRows, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => FailedRows == 0;
}
