namespace Crm.Core.Content.Bulk;

/// <param name="Created">Rows stored so far (in AllOrNothing: rows written to the still-open transaction).</param>
public sealed record ImportProgress(int RowsRead, int Created, int FailedRows);
