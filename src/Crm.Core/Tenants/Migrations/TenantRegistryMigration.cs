using Crm.Core.Data;
using FluentMigrator;

namespace Crm.Core.Tenants.Migrations;

[HostMigration]
[Migration(202611220001)]
public sealed class TenantRegistryMigration : Migration
{
    public override void Up()
    {
        Create.Table("tenants")
            .WithColumn("name").AsString(40).PrimaryKey()
            .WithColumn("state").AsString(20).NotNullable()
            .WithColumn("url_prefix").AsString(40).NotNullable().WithDefaultValue("")
            .WithColumn("host_name").AsString(253).Nullable()
            .WithColumn("provider").AsString(20).NotNullable()
            .WithColumn("connection_string").AsString(1000).Nullable()
            .WithColumn("recipe").AsString(100).Nullable()
            .WithColumn("created_utc").AsDateTime().NotNullable();
    }

    public override void Down() => Delete.Table("tenants");
}
