using System.Text.RegularExpressions;
using Npgsql;

namespace Crm.Bench.Common;

/// <summary>
/// A bench's PostgreSQL database (crm_bench_*) on a given server: new for one run, or named and kept for later runs. A
/// kept database carries a note of what was seeded into it (its comment), so a later run knows whether it can reuse it.
/// </summary>
public static partial class BenchDatabase
{
    [GeneratedRegex("^crm_bench_[a-z0-9_]{1,40}$")]
    private static partial Regex Name();

    /// <summary>Only crm_bench_* names: the bench drops and recreates the database, so it must be one of its own.</summary>
    public static string ValidName(string name) => Name().IsMatch(name)
        ? name
        : throw new ArgumentException($"'{name}' is not a bench database name: crm_bench_ followed by lower-case letters, digits or _.");

    /// <param name="server">A connection string to the server (its database is only used to create and drop the bench's).</param>
    /// <param name="name">The name; null: a new random crm_bench_* name.</param>
    public static async Task<(string Name, string ConnectionString)> CreateAsync(string server, string? name = null)
    {
        name = ValidName(name ?? "crm_bench_" + Guid.NewGuid().ToString("N")[..10]);
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        return (name, ConnectionString(server, name));
    }

    public static string ConnectionString(string server, string name) => new NpgsqlConnectionStringBuilder(server) { Database = ValidName(name) }.ToString();

    /// <summary>What was seeded into the database (its comment); null when it does not exist or holds no complete seed.</summary>
    public static async Task<string?> SeedNoteAsync(string server, string name)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name", connection);
        read.Parameters.AddWithValue("name", ValidName(name));
        return await read.ExecuteScalarAsync() as string;
    }

    public static async Task<bool> ExistsAsync(string server, string name)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", ValidName(name));
        return await exists.ExecuteScalarAsync() is not null;
    }

    /// <summary>Notes that the seed is complete; written last, so an interrupted seed leaves no note.</summary>
    public static Task NoteSeedAsync(string server, string name, string note) =>
        ExecuteAsync(server, $"COMMENT ON DATABASE {ValidName(name)} IS '{note.Replace("'", "''")}'");

    public static async Task DropAsync(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {ValidName(name)} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
