namespace Crm.Core.Data;

public sealed class PostgresDialect : ISqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    public string QuoteIdentifier(string identifier) => SqlIdentifier.Quote(identifier);

    public string Paging(string limitParameter, string offsetParameter) => $"LIMIT @{limitParameter} OFFSET @{offsetParameter}";

    public string JsonText(string column, string property) =>
        $"({QuoteIdentifier(column)}->>'{SqlIdentifier.Require(property)}')";

    public string JsonParameter(string name) => $"CAST(@{name} AS jsonb)";

    public string InList(string expression, string parameter) => $"{expression} = ANY(@{parameter})";

    // The text is cast at query time: a cast to timestamptz is not immutable, so no index serves it (none is needed for a measure).
    public string DaysBetween(string start, string end) => $"(EXTRACT(EPOCH FROM (CAST({end} AS timestamptz) - CAST({start} AS timestamptz))) / 86400.0)";

    public string LocalDate(string instant, string zoneParameter) => $"to_char(CAST({instant} AS timestamptz) AT TIME ZONE @{zoneParameter}, 'YYYY-MM-DD')";

    public string ClaimLockSuffix => "FOR UPDATE SKIP LOCKED";
}
