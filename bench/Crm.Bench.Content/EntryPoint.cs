using Crm.Bench.Common;
using Crm.Core.Data;
using Npgsql;

namespace Crm.Bench.Content;

/// <summary>Not top-level statements: those would declare a global Program that hides the host's.</summary>
public static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        ContentBenchOptions options;
        try
        {
            options = ContentBenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        BenchHost.UseBinaryDirectory();
        var dataDir = BenchDataDirectory.Create();
        (string Name, string ConnectionString)? database = options.Provider == DatabaseProvider.Postgres ? await CreateDatabaseAsync(options.Connection!) : null;
        try
        {
            await using var host = new BenchHost(dataDir, options.Provider, database?.ConnectionString);
            host.Start();
            var result = await new ContentBenchmark(host, options).RunAsync(CancellationToken.None);
            result.Print(Console.Out);
            return 0;
        }
        finally
        {
            if (options.Keep)
            {
                Console.WriteLine($"kept: {dataDir}{(database is null ? "" : $" and database {database.Value.Name}")}");
            }
            else
            {
                NpgsqlConnection.ClearAllPools();
                BenchDataDirectory.Delete(dataDir);
                if (database is { } db) await DropDatabaseAsync(options.Connection!, db.Name);
            }
        }
    }

    private static async Task<(string Name, string ConnectionString)> CreateDatabaseAsync(string server)
    {
        var name = "crm_bench_" + Guid.NewGuid().ToString("N")[..10];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection)) await create.ExecuteNonQueryAsync();
        return (name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
    }

    private static async Task DropDatabaseAsync(string server, string name)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
