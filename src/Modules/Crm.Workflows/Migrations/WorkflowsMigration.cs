using FluentMigrator;

namespace Crm.Workflows.Migrations;

/// <summary>
/// Workflow definitions (a draft and numbered published versions), instances, their bookmarks (where an instance waits:
/// a timer, an event, a side effect), schedules of cron and sweep triggers, and the execution log. Times are canonical
/// UTC text, so text order is time order and the due queries use plain indexes.
/// </summary>
[Migration(202611221610)]
public sealed class WorkflowsMigration : Migration
{
    public override void Up()
    {
        Create.Table("workflow_types")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("name").AsString(100).NotNullable().Unique()
            .WithColumn("display_name").AsString(200).NotNullable()
            .WithColumn("draft").AsString(int.MaxValue).NotNullable()
            .WithColumn("published_version").AsInt32().Nullable()
            .WithColumn("enabled").AsBoolean().NotNullable()
            .WithColumn("modified_utc").AsString(40).NotNullable();

        Create.Table("workflow_versions")
            .WithColumn("type_id").AsString(26).PrimaryKey()
            .WithColumn("version").AsInt32().PrimaryKey()
            .WithColumn("definition").AsString(int.MaxValue).NotNullable()
            .WithColumn("published_utc").AsString(40).NotNullable()
            .WithColumn("published_by").AsString(64).Nullable();

        Create.Table("workflow_instances")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("type_id").AsString(26).NotNullable()
            .WithColumn("version").AsInt32().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("correlation").AsString(200).Nullable()
            .WithColumn("dedupe_key").AsString(400).Nullable()
            .WithColumn("state").AsString(int.MaxValue).NotNullable()
            .WithColumn("incident").AsString(int.MaxValue).Nullable()
            .WithColumn("is_test").AsBoolean().NotNullable()
            .WithColumn("created_utc").AsString(40).NotNullable()
            .WithColumn("modified_utc").AsString(40).NotNullable()
            .WithColumn("finished_utc").AsString(40).Nullable();
        Create.Index("ix_workflow_instances_status").OnTable("workflow_instances").OnColumn("status").Ascending().OnColumn("modified_utc").Descending();
        Create.Index("ix_workflow_instances_finished").OnTable("workflow_instances").OnColumn("finished_utc").Ascending();
        Create.Index("ix_workflow_instances_type").OnTable("workflow_instances").OnColumn("type_id").Ascending().OnColumn("created_utc").Descending();
        // One instance per dedupe key and workflow: a sweep that runs twice, or on two nodes, starts each match once.
        Execute.Sql("CREATE UNIQUE INDEX ux_workflow_instances_dedupe ON workflow_instances (type_id, dedupe_key) WHERE dedupe_key IS NOT NULL");

        Create.Table("workflow_bookmarks")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("instance_id").AsString(26).NotNullable()
            .WithColumn("activity_id").AsString(100).NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("event_name").AsString(200).Nullable()
            .WithColumn("correlation").AsString(200).Nullable()
            .WithColumn("due_utc").AsString(40).Nullable()
            .WithColumn("lease_until").AsString(40).Nullable()
            .WithColumn("payload").AsString(int.MaxValue).Nullable();
        Create.Index("ix_workflow_bookmarks_due").OnTable("workflow_bookmarks").OnColumn("due_utc").Ascending();
        Create.Index("ix_workflow_bookmarks_instance").OnTable("workflow_bookmarks").OnColumn("instance_id").Ascending();
        Create.Index("ix_workflow_bookmarks_event").OnTable("workflow_bookmarks").OnColumn("event_name").Ascending().OnColumn("correlation").Ascending();

        Create.Table("workflow_schedules")
            .WithColumn("type_id").AsString(26).PrimaryKey()
            .WithColumn("activity_id").AsString(100).PrimaryKey()
            .WithColumn("version").AsInt32().NotNullable()
            .WithColumn("next_utc").AsString(40).NotNullable()
            .WithColumn("lease_until").AsString(40).Nullable()
            .WithColumn("last_run_utc").AsString(40).Nullable()
            .WithColumn("last_result").AsString(1000).Nullable();
        Create.Index("ix_workflow_schedules_next").OnTable("workflow_schedules").OnColumn("next_utc").Ascending();

        Create.Table("workflow_log")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("instance_id").AsString(26).NotNullable()
            .WithColumn("seq").AsInt32().NotNullable()
            .WithColumn("activity_id").AsString(100).NotNullable()
            .WithColumn("activity_type").AsString(100).NotNullable()
            .WithColumn("outcome").AsString(100).Nullable()
            .WithColumn("message").AsString(2000).Nullable()
            .WithColumn("at_utc").AsString(40).NotNullable()
            .WithColumn("duration_ms").AsInt32().NotNullable();
        Create.Index("ix_workflow_log_instance").OnTable("workflow_log").OnColumn("instance_id").Ascending().OnColumn("seq").Ascending();
    }

    public override void Down()
    {
        foreach (var table in new[] { "workflow_log", "workflow_schedules", "workflow_bookmarks", "workflow_instances", "workflow_versions", "workflow_types" })
        {
            Delete.Table(table);
        }
    }
}
