using System.Data.Common;

namespace Crm.Core.Tenants;

/// <summary>
/// What one transaction of a scope has cached for itself: whether it invalidated the tenant's values, and the values it
/// read (which only it may see). Forgotten when the scope's next transaction begins.
/// </summary>
internal sealed class TransactionCache
{
    private DbTransaction? _transaction;
    private Dictionary<string, object>? _values;

    public bool Invalidated { get; private set; }

    /// <summary>Starts afresh when <paramref name="transaction"/> is not the one these values belong to.</summary>
    public void Follow(DbTransaction transaction)
    {
        if (ReferenceEquals(_transaction, transaction)) return;
        _transaction = transaction;
        _values = null;
        Invalidated = false;
    }

    public bool TryGet(string key, out object value)
    {
        value = null!;
        return _values?.TryGetValue(key, out value!) == true;
    }

    public void Set(string key, object value) => (_values ??= new Dictionary<string, object>(StringComparer.Ordinal))[key] = value;

    /// <summary>The transaction changed cached data: what it read before is stale, and the shared values are too (for it).</summary>
    public void Invalidate()
    {
        Invalidated = true;
        _values = null;
    }
}
