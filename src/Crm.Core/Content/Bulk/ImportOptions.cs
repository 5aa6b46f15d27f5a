namespace Crm.Core.Content.Bulk;

public sealed record ImportOptions
{
    public ImportMode Mode { get; init; } = ImportMode.KeepValidRows;

    /// <summary>Rows validated, relation-checked and written together (one transaction per batch in <see cref="ImportMode.KeepValidRows"/>).</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Errors listed in the result; further bad rows are only counted (<see cref="ImportResult.FailedRows"/>).</summary>
    public int MaxErrors { get; init; } = 1000;

    /// <summary>Owner of the new items; default: the signed-in user.</summary>
    public string? Owner { get; init; }

    /// <summary>Called after every batch (progress bars of long imports).</summary>
    public Action<ImportProgress>? Progress { get; init; }
}
