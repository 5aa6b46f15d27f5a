namespace Crm.Core.Data;

/// <summary>The few places where SQLite and PostgreSQL SQL differ. Everything else is written once.</summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }

    string QuoteIdentifier(string identifier);

    /// <summary>"LIMIT @limit OFFSET @offset" with the given parameter names.</summary>
    string Paging(string limitParameter, string offsetParameter);

    /// <summary>Text value of a top-level JSON property of a JSON column.</summary>
    string JsonText(string column, string property);

    /// <summary>A parameter holding JSON text, as the JSON column type expects it.</summary>
    string JsonParameter(string name);

    /// <summary>"expression IN (list)" for an array parameter (Dapper expands it on SQLite; PostgreSQL takes the array).</summary>
    string InList(string expression, string parameter);

    /// <summary>
    /// Days (with fractions) from one canonical UTC date-time text to another (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>), negative
    /// when the second is earlier; null when either is null.
    /// </summary>
    string DaysBetween(string start, string end);

    /// <summary>The calendar date ("2026-11-01") of a stored UTC instant in the time zone a parameter names (IANA id, e.g. Asia/Seoul).</summary>
    string LocalDate(string instant, string zoneParameter);

    /// <summary>Row lock suffix for claiming work ("FOR UPDATE SKIP LOCKED" where supported).</summary>
    string ClaimLockSuffix { get; }
}
