using FluentMigrator;

namespace Crm.Core.Numbering.Migrations;

/// <summary>
/// The per-tenant counters of document numbers (one row per prefix and year, e.g. "T-2026"). Tenants made before the
/// counters moved into the kernel already have the table from the Opportunities module, so it is made only when missing.
/// </summary>
[Migration(202611260900)]
public sealed class DocumentNumbersMigration : Migration
{
    public const string Table = "document_numbers";

    public override void Up()
    {
        // Plain SQL: both databases know IF NOT EXISTS, and the connection's search path names the tenant's schema.
        Execute.Sql($"CREATE TABLE IF NOT EXISTS {Table} (series VARCHAR(20) NOT NULL PRIMARY KEY, last_number BIGINT NOT NULL)");
    }

    public override void Down() => Delete.Table(Table);
}
