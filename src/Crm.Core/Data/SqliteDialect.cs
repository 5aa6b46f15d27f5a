namespace Crm.Core.Data;

public sealed class SqliteDialect : ISqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string QuoteIdentifier(string identifier) => SqlIdentifier.Quote(identifier);

    public string Paging(string limitParameter, string offsetParameter) => $"LIMIT @{limitParameter} OFFSET @{offsetParameter}";

    public string JsonText(string column, string property) =>
        $"json_extract({QuoteIdentifier(column)}, '$.{SqlIdentifier.Require(property)}')";

    public string DaysBetween(string start, string end) => $"(julianday({end}) - julianday({start}))";

    public string LocalDate(string instant, string zoneParameter) => $"{SqliteFunctions.LocalDate}({instant}, @{zoneParameter})";

    // SQLite serialises writers on the whole database file; there is no row lock to skip.
    public string JsonParameter(string name) => "@" + name;

    public string InList(string expression, string parameter) => $"{expression} IN @{parameter}";

    public string ClaimLockSuffix => "";
}
