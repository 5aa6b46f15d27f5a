using FluentMigrator;

namespace Crm.Workflows.Notifications;

/// <summary>
/// In-app notifications the Notify activity writes, to one user or to everyone in a role, and who has read which
/// (per user, so a role's notification is read by each member on their own).
/// </summary>
[Migration(202611251000)]
public sealed class NotificationsMigration : Migration
{
    public override void Up()
    {
        Create.Table("workflow_notifications")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("user_id").AsString(64).Nullable()
            .WithColumn("role").AsString(256).Nullable()
            .WithColumn("message").AsString(2000).NotNullable()
            .WithColumn("link").AsString(2000).Nullable()
            .WithColumn("instance_id").AsString(26).Nullable()
            .WithColumn("created_utc").AsString(40).NotNullable();
        Create.Index("ix_workflow_notifications_user").OnTable("workflow_notifications").OnColumn("user_id").Ascending().OnColumn("created_utc").Descending();
        Create.Index("ix_workflow_notifications_role").OnTable("workflow_notifications").OnColumn("role").Ascending().OnColumn("created_utc").Descending();

        Create.Table("workflow_notification_reads")
            .WithColumn("notification_id").AsString(26).PrimaryKey()
            .WithColumn("user_id").AsString(64).PrimaryKey();
    }

    public override void Down()
    {
        Delete.Table("workflow_notification_reads");
        Delete.Table("workflow_notifications");
    }
}
