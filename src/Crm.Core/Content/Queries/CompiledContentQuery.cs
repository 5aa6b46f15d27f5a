using Dapper;

namespace Crm.Core.Content.Queries;

/// <summary>
/// The SQL of one page and of its count, with their parameters. Exposed so tools (and tests) can EXPLAIN exactly what runs.
/// </summary>
public sealed class CompiledContentQuery
{
    internal CompiledContentQuery(string contentType, string sql, string? countSql, DynamicParameters parameters, IReadOnlyList<SortKey> keys, string where)
    {
        ContentType = contentType;
        Where = where;
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

    /// <summary>
    /// The WHERE condition alone (type predicate and filter, with <see cref="Parameters"/>), for set-based statements over
    /// the matches, such as a workflow sweep's INSERT ... SELECT.
    /// </summary>
    public string Where { get; }

    internal IReadOnlyList<SortKey> Keys { get; }
}
