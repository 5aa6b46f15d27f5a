using Crm.Core.Data;
using Npgsql;

namespace Crm.Web.Tests.Infrastructure;

/// <summary>
/// A throw-away database for one test host: a temporary data directory, plus (for PostgreSQL) a fresh
/// database created in the server named by CRM_TEST_POSTGRES and dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CRM_TEST_POSTGRES";

    private TestDatabase(DatabaseProvider provider, string dataDir, string? connectionString, string? databaseName)
    {
        Provider = provider;
        DataDir = dataDir;
        ConnectionString = connectionString;
        DatabaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }
    public string DataDir { get; }
    public string? ConnectionString { get; }
    private string? DatabaseName { get; }

    /// <summary>Providers every database test runs on.</summary>
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "crm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        if (provider == DatabaseProvider.Sqlite) return new TestDatabase(provider, dataDir, null, null);

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrEmpty(server))
        {
            if (Environment.GetEnvironmentVariable("CRM_TEST_REQUIRE_POSTGRES") == "1")
            {
                throw new InvalidOperationException($"{PostgresVariable} is not set but CRM_TEST_REQUIRE_POSTGRES=1: PostgreSQL tests must run.");
            }
            Assert.Skip($"PostgreSQL test skipped: set {PostgresVariable} to a connection string of a server this test may create databases on " +
                        "(e.g. 'Host=127.0.0.1;Username=postgres'; install with 'apt-get install postgresql'; .ci/run does all of this).");
        }
        var name = "crm_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase(provider, dataDir, connectionString, name);
    }

    /// <summary>The configuration a CLI command needs to work on this database.</summary>
    public Dictionary<string, string?> CliSettings() => new()
    {
        ["Crm:DataDir"] = DataDir,
        ["Crm:Database:Provider"] = Provider.ToString(),
        ["Crm:Database:ConnectionString"] = ConnectionString,
    };

    public async ValueTask DisposeAsync()
    {
        if (DatabaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
