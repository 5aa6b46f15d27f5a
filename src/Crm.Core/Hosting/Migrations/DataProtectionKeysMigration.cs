using Crm.Core.Data;
using FluentMigrator;

namespace Crm.Core.Hosting.Migrations;

[HostMigration]
[Migration(202611220005)]
public sealed class DataProtectionKeysMigration : Migration
{
    public override void Up()
    {
        Create.Table("data_protection_keys")
            .WithColumn("friendly_name").AsString(200).PrimaryKey()
            .WithColumn("xml").AsString(int.MaxValue).NotNullable();
    }

    public override void Down() => Delete.Table("data_protection_keys");
}
