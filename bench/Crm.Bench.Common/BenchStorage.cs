using Crm.Core.Data;
using Microsoft.AspNetCore.Hosting;

namespace Crm.Bench.Common;

/// <summary>A fresh data directory and, on PostgreSQL, a fresh database for one run; both removed at the end unless kept.</summary>
public sealed class BenchStorage : IAsyncDisposable
{
    private readonly BenchStorageOptions _options;
    private readonly string? _database;

    private BenchStorage(BenchStorageOptions options, string dataDir, (string Name, string ConnectionString)? database)
    {
        _options = options;
        DataDir = dataDir;
        _database = database?.Name;
        ConnectionString = database?.ConnectionString;
    }

    public string DataDir { get; }

    /// <summary>The bench database on PostgreSQL; null on SQLite.</summary>
    public string? ConnectionString { get; }

    public static async Task<BenchStorage> CreateAsync(BenchStorageOptions options)
    {
        var dataDir = BenchDataDirectory.Create();
        var database = options.Provider == DatabaseProvider.Postgres ? await BenchDatabase.CreateAsync(options.Connection!) : ((string, string)?)null;
        return new BenchStorage(options, dataDir, database);
    }

    /// <summary>A host on this storage (not started).</summary>
    public BenchHost Host(Action<IWebHostBuilder>? configure = null) => new(DataDir, _options.Provider, ConnectionString, configure);

    public async ValueTask DisposeAsync()
    {
        if (_options.Keep)
        {
            Console.WriteLine($"kept: {DataDir}{(_database is null ? "" : $" and database {_database}")}");
            return;
        }
        BenchDataDirectory.Delete(DataDir);
        if (_database is not null) await BenchDatabase.DropAsync(_options.Connection!, _database);
    }
}
