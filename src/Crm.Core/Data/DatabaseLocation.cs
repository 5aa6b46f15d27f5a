namespace Crm.Core.Data;

/// <summary>
/// Where one tenant's (or the host's) data lives: a SQLite file, or a schema in a PostgreSQL database.
/// </summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString, string? Schema = null)
{
    public ISqlDialect Dialect => SqlDialects.For(Provider);
}
