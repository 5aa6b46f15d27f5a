using Crm.Core.Modules;
using FluentMigrator;

namespace Crm.Users.Migrations;

[ForFeature("Crm.ApiKeys")]
[Migration(202611221001)]
public sealed class ApiKeysMigration : Migration
{
    public override void Up()
    {
        Create.Table("api_keys")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("name").AsString(100).NotNullable().Unique()
            .WithColumn("user_id").AsString(26).NotNullable().ForeignKey("users", "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("secret_hash").AsString(100).NotNullable().Unique()
            .WithColumn("roles").AsString(1000).NotNullable()
            .WithColumn("created_utc").AsDateTime().NotNullable()
            .WithColumn("expires_utc").AsDateTime().Nullable()
            .WithColumn("revoked_utc").AsDateTime().Nullable()
            .WithColumn("last_used_utc").AsDateTime().Nullable();
    }

    public override void Down() => Delete.Table("api_keys");
}
