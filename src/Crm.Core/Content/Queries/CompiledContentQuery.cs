using Dapper;

namespace Crm.Core.Content.Queries;

/// <summary>
/// The SQL of one page and of its count, with their parameters. Exposed so tools (and tests) can EXPLAIN exactly what runs.
/// </summary>
public sealed class CompiledContentQuery
{
    internal CompiledContentQuery(string contentType, string sql, string? countSql, DynamicParameters parameters, IReadOnlyList<SortKey> keys)
    {
        ContentType = contentType;
        Sql = sql;
        CountSql = countSql;
        Parameters = parameters;
        Keys = keys;
    }

    public string ContentType { get; }

    /// <summary>SELECT of the page (one row more than asked, to know whether another page follows).</summary>
    public string Sql { get; }

    /// <summary>SELECT COUNT(*) (capped with a LIMIT subquery unless exact); null when no count was asked for.</summary>
    public string? CountSql { get; }

    public DynamicParameters Parameters { get; }

    internal IReadOnlyList<SortKey> Keys { get; }
}
