using FluentMigrator;

namespace Crm.Core.Content.Migrations;

/// <summary>Saved queries: a name, a content type, a filter in the canonical JSON form and a sort.</summary>
[Migration(202611220200)]
public sealed class ContentQueriesMigration : Migration
{
    public override void Up()
    {
        Create.Table("content_queries")
            .WithColumn("name").AsString(100).PrimaryKey()
            .WithColumn("content_type").AsString(50).NotNullable()
            .WithColumn("filter").AsString(int.MaxValue).NotNullable()
            .WithColumn("order_by").AsString(int.MaxValue).NotNullable();
    }

    public override void Down() => Delete.Table("content_queries");
}
