using FluentMigrator;

namespace Crm.Customers.Migrations;

/// <summary>
/// One row while the customers' next-contact dates are being recalculated after the recency rules changed: when it was
/// asked for and how far the walk (in id order) got, so a restarted node carries on and a newer request starts over.
/// </summary>
[Migration(202611221900)]
public sealed class CustomersMigration : Migration
{
    public override void Up()
    {
        Create.Table("contact_due_recalculations")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("requested_utc").AsString(40).NotNullable()
            .WithColumn("after_id").AsString(26).NotNullable();
    }

    public override void Down() => Delete.Table("contact_due_recalculations");
}
