using Npgsql;

namespace Crm.Bench.Common;

/// <summary>A throw-away PostgreSQL database (crm_bench_*) on a given server, for one run.</summary>
public static class BenchDatabase
{
    /// <param name="server">A connection string to the server (its database is only used to create and drop the bench's).</param>
    public static async Task<(string Name, string ConnectionString)> CreateAsync(string server)
    {
        var name = "crm_bench_" + Guid.NewGuid().ToString("N")[..10];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection)) await create.ExecuteNonQueryAsync();
        return (name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
    }

    public static async Task DropAsync(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
