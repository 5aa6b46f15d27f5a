using FluentMigrator;

namespace Crm.Core.Tenants.Migrations;

/// <summary>One row whose version every node compares with its cached copy of the tenant's settings.</summary>
[Migration(202611220004)]
public sealed class TenantCacheVersionMigration : Migration
{
    public override void Up()
    {
        Create.Table("cache_version")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("version").AsInt64().NotNullable();
        Insert.IntoTable("cache_version").Row(new { id = 1, version = 0L });
    }

    public override void Down() => Delete.Table("cache_version");
}
