using FluentMigrator;

namespace Crm.Core.Settings.Migrations;

[Migration(202611220003)]
public sealed class TenantSettingsMigration : Migration
{
    public override void Up()
    {
        Create.Table("settings")
            .WithColumn("name").AsString(100).PrimaryKey()
            .WithColumn("value").AsString(int.MaxValue).NotNullable();
    }

    public override void Down() => Delete.Table("settings");
}
