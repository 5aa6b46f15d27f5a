using System.Data.Common;

namespace Crm.Core.Data;

/// <summary>A handle on the scope's transaction; disposing without commit rolls back (if this handle owns it).</summary>
public sealed class TenantTransaction : IAsyncDisposable
{
    private readonly TenantDb _db;
    private readonly DbTransaction? _owned;
    private bool _completed;

    internal TenantTransaction(TenantDb db, DbTransaction? owned)
    {
        _db = db;
        _owned = owned;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_owned is null || _completed) return;
        await _owned.CommitAsync(cancellationToken);
        _completed = true;
        await _db.TransactionEndedAsync(_owned, committed: true);
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned is null) return;
        if (!_completed)
        {
            await _owned.RollbackAsync();
            _completed = true;
            await _db.TransactionEndedAsync(_owned, committed: false);
        }
        await _owned.DisposeAsync();
    }
}
