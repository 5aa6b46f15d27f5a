using FluentMigrator;

namespace Crm.Retention.Migrations;

/// <summary>
/// Program enrolments — one row per customer a program took in (contacted or held out), which the outcome screen counts —
/// and the guarantee behind "a coupon code is unique": a unique expression index on the Coupon type's Code (deleted coupons
/// included, so a restored one never collides). The module's preparer checks first and names the field; the index is what
/// holds when two writers race.
/// </summary>
[Migration(202612231000)]
public sealed class RetentionMigration : Migration
{
    public override void Up()
    {
        Create.Table("retention_enrolments")
            .WithColumn("id").AsString(26).NotNullable().PrimaryKey()
            .WithColumn("program").AsString(100).NotNullable()
            .WithColumn("customer_id").AsString(26).NotNullable()
            .WithColumn("source_id").AsString(26).Nullable()
            .WithColumn("instance_id").AsString(26).NotNullable()
            .WithColumn("enrolled_utc").AsString(28).NotNullable()
            .WithColumn("holdout").AsBoolean().NotNullable();
        Create.Index("ux_retention_enrolments_instance").OnTable("retention_enrolments")
            .OnColumn("instance_id").Ascending().OnColumn("program").Ascending().OnColumn("customer_id").Ascending()
            .WithOptions().Unique();
        Create.Index("ix_retention_enrolments_program").OnTable("retention_enrolments")
            .OnColumn("program").Ascending().OnColumn("enrolled_utc").Ascending();
        Create.Index("ix_retention_enrolments_customer").OnTable("retention_enrolments").OnColumn("customer_id").Ascending();

        IfDatabase(IsSqlite).Execute.Sql("CREATE UNIQUE INDEX ux_coupon_code ON content_items (json_extract(data, '$.Coupon.Code')) WHERE content_type = 'Coupon'");
        IfDatabase(IsPostgres).Execute.Sql("CREATE UNIQUE INDEX ux_coupon_code ON content_items ((data #>> '{Coupon,Code}')) WHERE content_type = 'Coupon'");
    }

    public override void Down()
    {
        Execute.Sql("DROP INDEX ux_coupon_code");
        Delete.Table("retention_enrolments");
    }

    private static bool IsSqlite(string database) => database.StartsWith("SQLite", StringComparison.OrdinalIgnoreCase);

    private static bool IsPostgres(string database) => database.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase);
}
