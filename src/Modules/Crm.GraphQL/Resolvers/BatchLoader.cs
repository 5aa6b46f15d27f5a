using GraphQL.DataLoader;

namespace Crm.GraphQL.Resolvers;

/// <summary>
/// Collects the keys a level of the query asks for and fetches them with one call when the first result is awaited.
/// GraphQL.NET resolves every field of a level before it awaits their <see cref="IDataLoaderResult"/>s, so 50 customers'
/// owners cost one query, not 50. Results are kept for the rest of the request. Not thread-safe: the executor runs one
/// resolver at a time (the tenant's connection is not shared between threads).
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, IEqualityComparer<TKey> comparer)
    where TKey : notnull
    where TValue : class
{
    private readonly HashSet<TKey> _pending = new(comparer);
    private readonly Dictionary<TKey, TValue?> _loaded = new(comparer);

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key)) _pending.Add(key);
        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var keys = _pending.ToList();
            _pending.Clear();
            var found = await fetch(keys, cancellationToken);
            foreach (var k in keys) _loaded[k] = found.GetValueOrDefault(k);
        }
        return _loaded.GetValueOrDefault(key);
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
