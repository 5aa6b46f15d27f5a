using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Crm.Core.Content.Store;

/// <summary>Which unique index a database refused a write for, on either provider.</summary>
internal static partial class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const string PostgresUniqueViolation = "23505";

    // SQLite names an expression index in its message only: "UNIQUE constraint failed: index 'cx_campaign_u_code_1a2b3c4d'".
    [GeneratedRegex("index '([^']+)'")]
    private static partial Regex SqliteIndex();

    public static string? IndexName(DbException exception) => exception switch
    {
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite when SqliteIndex().Match(sqlite.Message) is { Success: true } match => match.Groups[1].Value,
        PostgresException { SqlState: PostgresUniqueViolation } postgres => postgres.ConstraintName,
        _ => null,
    };
}
