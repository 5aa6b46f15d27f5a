using Crm.Core.Jobs;

namespace Crm.Contents.Services.Import;

/// <summary>
/// One running or finished import, as the progress page polls it. Counters are written by the import's task and read by
/// requests, hence the interlocked access; the lists are filled only by that task and read once <see cref="Done"/> is set.
/// </summary>
public sealed class ImportJob(string id, string tenant, string userId, string contentType, int totalRows, int maxErrors) : IBackgroundJob
{
    private int _read;
    private int _created;
    private int _updated;
    private int _skipped;
    private int _failed;
    private int _importerFailed;
    private volatile bool _done;

    public string Id { get; } = id;
    public string Tenant { get; } = tenant;
    public string UserId { get; } = userId;
    public string ContentType { get; } = contentType;
    public int TotalRows { get; } = totalRows;
    public int MaxErrors { get; } = maxErrors;

    public int RowsRead => Volatile.Read(ref _read);
    public int Created => Volatile.Read(ref _created);
    public int Updated => Volatile.Read(ref _updated);
    public int Skipped => Volatile.Read(ref _skipped);
    public int FailedRows => Volatile.Read(ref _failed) + Volatile.Read(ref _importerFailed);
    public bool Done => _done;

    /// <summary>Set when the import stopped on an unexpected error; nothing after the last committed batch was kept.</summary>
    public bool Crashed { get; private set; }

    /// <summary>All-or-nothing imports with a bad row: every write was rolled back.</summary>
    public bool RolledBack { get; private set; }

    public List<ImportReportRow> Errors { get; } = [];
    public List<ImportSkippedRow> SkippedRows { get; } = [];

    public int Percent => TotalRows == 0 ? 100 : Math.Min(100, RowsRead * 100 / TotalRows);

    public void RowRead() => Interlocked.Increment(ref _read);
    public void RowUpdated() => Interlocked.Increment(ref _updated);
    public void RowFailed() => Interlocked.Increment(ref _failed);

    /// <summary>The importer's own counts (rows it was given: new items, rows it refused).</summary>
    public void SetImported(int created, int failed)
    {
        Volatile.Write(ref _created, created);
        Volatile.Write(ref _importerFailed, failed);
    }

    public void RowSkipped(ImportSkippedRow row)
    {
        Interlocked.Increment(ref _skipped);
        if (SkippedRows.Count < MaxErrors) SkippedRows.Add(row);
    }

    public void AddError(ImportReportRow error)
    {
        if (Errors.Count < MaxErrors) Errors.Add(error);
    }

    public void Finish(bool rolledBack)
    {
        RolledBack = rolledBack;
        // Row order reads best, whichever step found the problem.
        Errors.Sort((a, b) => a.Row.CompareTo(b.Row));
        if (rolledBack)
        {
            Volatile.Write(ref _created, 0);
            Volatile.Write(ref _updated, 0);
        }
        _done = true;
    }

    public void Crash(Exception error)
    {
        Crashed = true;
        _done = true;
    }
}
