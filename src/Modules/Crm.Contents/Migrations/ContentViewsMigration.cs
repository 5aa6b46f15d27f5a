using FluentMigrator;

namespace Crm.Contents.Migrations;

/// <summary>Saved views of the list screens: a named q/filter/sort for one user, or shared (user_id null) with everyone who may see the type.</summary>
[Migration(202611221400)]
public sealed class ContentViewsMigration : Migration
{
    public override void Up()
    {
        Create.Table("content_views")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("content_type").AsString(50).NotNullable()
            .WithColumn("name").AsString(100).NotNullable()
            .WithColumn("user_id").AsString(64).Nullable()
            .WithColumn("q").AsString(int.MaxValue).NotNullable()
            .WithColumn("filter").AsString(int.MaxValue).NotNullable()
            .WithColumn("sort").AsString(200).NotNullable()
            .WithColumn("created_utc").AsDateTime().NotNullable();

        // A plain unique index would let shared names repeat (NULLs are distinct), so shared and personal names get
        // one partial index each; both SQLite and PostgreSQL accept this form.
        Execute.Sql("CREATE UNIQUE INDEX ux_content_views_shared ON content_views (content_type, name) WHERE user_id IS NULL");
        Execute.Sql("CREATE UNIQUE INDEX ux_content_views_personal ON content_views (content_type, user_id, name) WHERE user_id IS NOT NULL");
    }

    public override void Down() => Delete.Table("content_views");
}
