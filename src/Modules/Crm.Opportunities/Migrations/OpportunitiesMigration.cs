using FluentMigrator;

namespace Crm.Opportunities.Migrations;

/// <summary>
/// The per-tenant counters of quote and order numbers (one row per prefix and year, e.g. "Q-2026"), and one row while the
/// open opportunities' probabilities are being brought up to date after the pipeline changed: when it was asked for and
/// how far the walk (in id order) got, so a restarted node carries on and a newer request starts over.
/// </summary>
[Migration(202611231000)]
public sealed class OpportunitiesMigration : Migration
{
    public override void Up()
    {
        Create.Table("document_numbers")
            .WithColumn("series").AsString(20).PrimaryKey()
            .WithColumn("last_number").AsInt64().NotNullable();

        Create.Table("opportunity_recalculations")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("requested_utc").AsString(40).NotNullable()
            .WithColumn("after_id").AsString(26).NotNullable();
    }

    public override void Down()
    {
        Delete.Table("opportunity_recalculations");
        Delete.Table("document_numbers");
    }
}
