using FluentMigrator;

namespace Crm.Core.Modules.Migrations;

[Migration(202611220002)]
public sealed class TenantFeaturesMigration : Migration
{
    public override void Up()
    {
        Create.Table("features")
            .WithColumn("feature_id").AsString(100).PrimaryKey()
            .WithColumn("enabled").AsBoolean().NotNullable()
            .WithColumn("first_enabled_utc").AsDateTime().NotNullable()
            .WithColumn("changed_utc").AsDateTime().NotNullable();
    }

    public override void Down() => Delete.Table("features");
}
