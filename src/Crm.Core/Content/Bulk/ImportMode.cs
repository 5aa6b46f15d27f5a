namespace Crm.Core.Content.Bulk;

public enum ImportMode
{
    /// <summary>Rows with errors are reported and skipped; every valid row is stored (batch by batch).</summary>
    KeepValidRows,

    /// <summary>One bad row and nothing is stored; every row is still checked so that all errors are reported.</summary>
    AllOrNothing,
}
