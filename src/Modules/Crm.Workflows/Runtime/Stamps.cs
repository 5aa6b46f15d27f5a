using System.Globalization;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Workflows.Runtime;

/// <summary>Times as the workflow tables store them (canonical UTC text: text order is time order), and ids made in SQL.</summary>
internal static class Stamps
{
    public static string Of(DateTimeOffset instant) => DateTimeFieldKind.Canonical(instant);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>A random 26-character id computed by the database, for rows made set-based (a sweep's instances).</summary>
    public static string SqlId(ISqlDialect dialect) => dialect.Provider == DatabaseProvider.Sqlite
        ? "lower(hex(randomblob(13)))"
        : "substr(md5(random()::text || clock_timestamp()::text), 1, 26)";
}
