using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Crm.Core.Data;

/// <summary>Opens connections to a <see cref="DatabaseLocation"/>; the only place that knows the ADO.NET providers.</summary>
public static class DbConnections
{
    /// <summary>One entry per PostgreSQL tenant schema this process has opened.</summary>
    private static readonly ConcurrentDictionary<(string ConnectionString, string Schema), string> SchemaConnectionStrings = new();

    public static string SqliteConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        ForeignKeys = true,
        Pooling = true,
    }.ToString();

    public static DbConnection Create(DatabaseLocation location) => location.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(location.ConnectionString),
        DatabaseProvider.Postgres => new NpgsqlConnection(EffectiveConnectionString(location)),
        _ => throw new ArgumentOutOfRangeException(nameof(location), location.Provider, null),
    };

    public static async Task<DbConnection> OpenAsync(DatabaseLocation location, CancellationToken cancellationToken)
    {
        var connection = Create(location);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection sqlite) SqliteFunctions.Register(sqlite);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The connection string with the search path set to the location's schema. Built once per location: every request
    /// opens a connection, and parsing the string again each time showed in the GraphQL bench's profile.
    /// </summary>
    public static string EffectiveConnectionString(DatabaseLocation location)
    {
        if (location.Schema is null) return location.ConnectionString;
        return SchemaConnectionStrings.GetOrAdd((location.ConnectionString, location.Schema),
            key => new NpgsqlConnectionStringBuilder(key.ConnectionString) { SearchPath = key.Schema }.ToString());
    }

    /// <summary>Releases pooled handles so that a SQLite file can be deleted.</summary>
    public static void ReleasePooled(DatabaseLocation location)
    {
        switch (location.Provider)
        {
            case DatabaseProvider.Sqlite:
                using (var connection = new SqliteConnection(location.ConnectionString)) SqliteConnection.ClearPool(connection);
                break;
            case DatabaseProvider.Postgres:
                using (var connection = new NpgsqlConnection(EffectiveConnectionString(location))) NpgsqlConnection.ClearPool(connection);
                break;
        }
    }
}
