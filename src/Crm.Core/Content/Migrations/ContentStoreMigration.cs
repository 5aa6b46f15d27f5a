using FluentMigrator;

namespace Crm.Core.Content.Migrations;

/// <summary>
/// One table for every content type: typed metadata columns plus the parts and fields as JSON (jsonb on
/// PostgreSQL). Per-type, per-field expression indexes are created by ContentIndexManager from the definitions.
/// </summary>
[Migration(202611220100)]
public sealed class ContentStoreMigration : Migration
{
    public override void Up()
    {
        Create.Table("content_definitions")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("document").AsString(int.MaxValue).NotNullable()
            .WithColumn("version").AsInt64().NotNullable();

        Create.Table("content_items")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("content_type").AsString(50).NotNullable()
            .WithColumn("display_text").AsString(500).NotNullable().WithDefaultValue("")
            .WithColumn("owner").AsString(26).Nullable()
            .WithColumn("created_utc").AsString(28).NotNullable()
            .WithColumn("modified_utc").AsString(28).NotNullable()
            .WithColumn("version").AsInt32().NotNullable()
            .WithColumn("deleted_utc").AsString(28).Nullable()
            .WithColumn("data").AsCustom("TEXT").NotNullable();

        IfDatabase(database => database.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase)).Execute.Sql("ALTER TABLE content_items ALTER COLUMN data TYPE jsonb USING data::jsonb");

        Create.Index("ix_content_items_type_modified").OnTable("content_items")
            .OnColumn("content_type").Ascending()
            .OnColumn("modified_utc").Descending();

        Create.Table("content_history")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("item_id").AsString(26).NotNullable()
            .WithColumn("content_type").AsString(50).NotNullable()
            .WithColumn("version").AsInt32().NotNullable()
            .WithColumn("action").AsString(20).NotNullable()
            .WithColumn("user_id").AsString(26).Nullable()
            .WithColumn("at_utc").AsString(28).NotNullable()
            .WithColumn("changes").AsCustom("TEXT").NotNullable();
        Create.Index("ix_content_history_item").OnTable("content_history").OnColumn("item_id").Ascending().OnColumn("id").Descending();
    }

    public override void Down()
    {
        Delete.Table("content_history");
        Delete.Table("content_items");
        Delete.Table("content_definitions");
    }
}
