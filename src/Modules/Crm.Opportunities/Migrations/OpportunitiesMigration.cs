using FluentMigrator;

namespace Crm.Opportunities.Migrations;

/// <summary>
/// The per-tenant counters of quote and order numbers (one row per prefix and year, e.g. "Q-2026"; now the kernel's), and one row while the
/// open opportunities' probabilities are being brought up to date after the pipeline changed: when it was asked for and
/// how far the walk (in id order) got, so a restarted node carries on and a newer request starts over.
/// </summary>
[Migration(202611231000)]
public sealed class OpportunitiesMigration : Migration
{
    public override void Up()
    {
        // The document number counters are the kernel's now (Crm.Core.Numbering); tenants that had this migration keep their table.
        Execute.Sql("CREATE TABLE IF NOT EXISTS document_numbers (series VARCHAR(20) NOT NULL PRIMARY KEY, last_number BIGINT NOT NULL)");

        Create.Table("opportunity_recalculations")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("requested_utc").AsString(40).NotNullable()
            .WithColumn("after_id").AsString(26).NotNullable();
    }

    public override void Down()
    {
        Delete.Table("opportunity_recalculations");
    }
}
