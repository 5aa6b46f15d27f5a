using FluentMigrator;

namespace Crm.Grades.Migrations;

/// <summary>
/// The sweep's one row (phase, position, when it next runs, how the last run went) and its working table of RFM figures
/// per buying customer, filled by one set-based statement and written onto the customers in id ranges.
/// </summary>
[Migration(202612091301)]
public sealed class GradesMigration : Migration
{
    public override void Up()
    {
        Create.Table("grade_sweep")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("phase").AsString(20).NotNullable()
            .WithColumn("next_utc").AsString(40).Nullable()
            .WithColumn("requested_utc").AsString(40).Nullable()
            .WithColumn("started_utc").AsString(40).Nullable()
            .WithColumn("finished_utc").AsString(40).Nullable()
            .WithColumn("after_id").AsString(40).NotNullable().WithDefaultValue("")
            .WithColumn("tenant_average").AsDecimal(19, 4).Nullable()
            .WithColumn("customers").AsInt64().NotNullable().WithDefaultValue(0)
            .WithColumn("changes").AsInt64().NotNullable().WithDefaultValue(0)
            .WithColumn("error").AsString(4000).Nullable();

        Create.Table("grade_rfm")
            .WithColumn("customer_id").AsString(40).PrimaryKey()
            .WithColumn("recency").AsInt32().NotNullable()
            .WithColumn("frequency").AsInt32().NotNullable()
            .WithColumn("monetary").AsInt32().NotNullable()
            .WithColumn("purchases_12m").AsInt32().NotNullable()
            .WithColumn("amount_12m").AsDecimal(19, 4).NotNullable()
            .WithColumn("basket_orders").AsInt32().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("grade_rfm");
        Delete.Table("grade_sweep");
    }
}
