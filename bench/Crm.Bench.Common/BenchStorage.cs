using Crm.Core.Data;
using Microsoft.AspNetCore.Hosting;

namespace Crm.Bench.Common;

/// <summary>
/// A fresh data directory and, on PostgreSQL, a database for one run; both removed at the end unless kept. With --reuse,
/// a named database that already holds the bench's data (its seed note matches) is used as it is and kept afterwards.
/// </summary>
public sealed class BenchStorage : IAsyncDisposable
{
    private readonly BenchStorageOptions _options;
    private readonly string? _database;

    private BenchStorage(BenchStorageOptions options, string dataDir, (string Name, string ConnectionString)? database, bool reused)
    {
        _options = options;
        DataDir = dataDir;
        _database = database?.Name;
        ConnectionString = database?.ConnectionString;
        Reused = reused;
    }

    public string DataDir { get; }

    /// <summary>The bench database on PostgreSQL; null on SQLite.</summary>
    public string? ConnectionString { get; }

    /// <summary>The database was kept by an earlier run and already holds the data of <c>seedNote</c>: do not seed again.</summary>
    public bool Reused { get; }

    /// <param name="seedNote">
    /// What the bench seeds, e.g. "dashboard customers=1000000 ..." (only benches that can reuse a database pass it): with
    /// --reuse, a database whose note differs (other sizes, or a seed that did not finish) is dropped and created anew.
    /// </param>
    public static async Task<BenchStorage> CreateAsync(BenchStorageOptions options, string? seedNote = null)
    {
        if (options.Reuse && seedNote is null) throw new ArgumentException("This bench does not reuse databases (--reuse).");
        var dataDir = BenchDataDirectory.Create();
        if (options.Provider != DatabaseProvider.Postgres) return new BenchStorage(options, dataDir, null, false);

        var server = options.Connection!;
        if (options.Reuse && await BenchDatabase.ExistsAsync(server, options.Database!))
        {
            if (await BenchDatabase.SeedNoteAsync(server, options.Database!) == seedNote)
            {
                return new BenchStorage(options, dataDir, (options.Database!, BenchDatabase.ConnectionString(server, options.Database!)), true);
            }
            Console.Error.WriteLine($"database {options.Database} does not hold '{seedNote}': dropping it and seeding again");
            await BenchDatabase.DropAsync(server, options.Database!);
        }
        return new BenchStorage(options, dataDir, await BenchDatabase.CreateAsync(server, options.Database), false);
    }

    /// <summary>A host on this storage (not started).</summary>
    public BenchHost Host(Action<IWebHostBuilder>? configure = null) => new(DataDir, _options.Provider, ConnectionString, configure);

    /// <summary>
    /// A host (not started) whose tenant is the crm recipe's without its sample data, and without the background scheduler:
    /// the bench seeds what it measures and drives the services itself (a daily sweep would otherwise run over its millions).
    /// </summary>
    public BenchHost DrivenHost(Action<IWebHostBuilder>? configure = null) => Host(builder =>
    {
        builder.UseSetting("Crm:Samples:Create", "false");
        builder.UseSetting("Crm:Scheduling:RunInBackground", "false");
        configure?.Invoke(builder);
    });

    /// <summary>Notes a finished seed on the database, so that a later run with --reuse can measure on it.</summary>
    public Task NoteSeedAsync(string seedNote) =>
        _database is null ? Task.CompletedTask : BenchDatabase.NoteSeedAsync(_options.Connection!, _database, seedNote);

    public async ValueTask DisposeAsync()
    {
        if (_options.Keep)
        {
            Console.WriteLine($"kept: {DataDir}{(_database is null ? "" : $" and database {_database}")}");
            return;
        }
        BenchDataDirectory.Delete(DataDir);
        if (_database is null) return;
        if (_options.Reuse) Console.WriteLine($"kept database {_database} for --reuse (drop it with: DROP DATABASE {_database} WITH (FORCE))");
        else await BenchDatabase.DropAsync(_options.Connection!, _database);
    }
}
