using Crm.Core.Data;

namespace Crm.Bench.Campaigns;

/// <summary>The few SQL pieces that differ between the dialects, so each seeding statement is written once.</summary>
internal sealed class CampaignBenchSql(DatabaseProvider provider)
{
    private bool Postgres => provider == DatabaseProvider.Postgres;

    /// <summary>A CTE n(i) of the numbers 1 … @n.</summary>
    public string Numbers => Postgres
        ? "WITH n(i) AS (SELECT generate_series(1, @n))"
        : "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @n)";

    /// <summary>A derived table of 0 … count-1 in a column of that name (SQLite has no generate_series built in).</summary>
    public static string Range(int count, string name) =>
        "(" + string.Join(" UNION ALL ", Enumerable.Range(0, count).Select(k => $"SELECT {k} AS {name}")) + $") {name}s";

    /// <summary>A content id: two-digit prefix and a number padded to 24 digits (the ids' 26 characters).</summary>
    public string Id(string prefix, string number) => Postgres ? $"'{prefix}' || lpad(({number})::text, 24, '0')" : $"printf('{prefix}%024d', {number})";

    /// <summary>A content item's data: {"Part": {name: value, …}} (a NULL value leaves the field unset).</summary>
    public string Data(string part, params string[] pairs) => Postgres
        ? $"jsonb_build_object('{part}', jsonb_strip_nulls(jsonb_build_object({string.Join(", ", pairs)})))"
        : $"json_object('{part}', json_object({string.Join(", ", pairs)}))";

    /// <summary>A money value {"Amount": n, "Currency": "KRW"}.</summary>
    public string Money(string amount) => Postgres ? $"jsonb_build_object('Amount', {amount}, 'Currency', 'KRW')" : $"json_object('Amount', {amount}, 'Currency', 'KRW')";

    /// <summary>The day <paramref name="days"/> days before the date parameter, as yyyy-MM-dd.</summary>
    public string DaysBefore(string parameter, string days) => Postgres
        ? $"to_char(CAST({parameter} AS date) - ({days}), 'YYYY-MM-DD')"
        : $"date({parameter}, '-' || ({days}) || ' days')";

    /// <summary>The day <paramref name="months"/> months after the date parameter, as yyyy-MM-dd.</summary>
    public string MonthsAfter(string parameter, string months) => Postgres
        ? $"to_char(CAST({parameter} AS date) + ({months}) * interval '1 month', 'YYYY-MM-DD')"
        : $"date({parameter}, '+' || ({months}) || ' months')";

    /// <summary>The first day of the month of a yyyy-MM-dd text.</summary>
    public static string MonthStart(string day) => $"substr({day}, 1, 8) || '01'";
}
