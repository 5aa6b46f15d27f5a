using FluentMigrator;

namespace Crm.Users.Migrations;

[Migration(202611221000)]
public sealed class UsersMigration : Migration
{
    public override void Up()
    {
        Create.Table("users")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("user_name").AsString(100).NotNullable()
            .WithColumn("normalized_user_name").AsString(100).NotNullable().Unique()
            .WithColumn("email").AsString(256).NotNullable()
            .WithColumn("normalized_email").AsString(256).NotNullable().Indexed()
            .WithColumn("email_confirmed").AsBoolean().NotNullable()
            .WithColumn("password_hash").AsString(500).Nullable()
            .WithColumn("security_stamp").AsString(64).NotNullable()
            .WithColumn("lockout_enabled").AsBoolean().NotNullable()
            .WithColumn("lockout_end").AsString(40).Nullable()
            .WithColumn("access_failed_count").AsInt32().NotNullable()
            .WithColumn("created_utc").AsDateTime().NotNullable();

        Create.Table("roles")
            .WithColumn("normalized_name").AsString(100).PrimaryKey()
            .WithColumn("name").AsString(100).NotNullable()
            .WithColumn("description").AsString(500).NotNullable();

        Create.Table("user_roles")
            .WithColumn("user_id").AsString(26).PrimaryKey().ForeignKey("users", "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("role").AsString(100).PrimaryKey().ForeignKey("roles", "normalized_name").OnDelete(System.Data.Rule.Cascade);

        Create.Table("role_permissions")
            .WithColumn("role").AsString(100).PrimaryKey().ForeignKey("roles", "normalized_name").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("permission").AsString(100).PrimaryKey();
    }

    public override void Down()
    {
        Delete.Table("role_permissions");
        Delete.Table("user_roles");
        Delete.Table("roles");
        Delete.Table("users");
    }
}
