using FluentMigrator;

namespace Crm.WebTracking.Migrations;

/// <summary>
/// Page views and visitors outside the content store: a busy site writes thousands a day, read only in aggregate (the
/// reports) or per visitor (a customer's visits). Times are canonical UTC text like the content store's, so a range is an
/// index range. A visitor row keeps the first touch (the attribution a lead inherits) and the customer it became.
/// </summary>
[Migration(202612090930)]
public sealed class WebTrackingMigration : Migration
{
    public override void Up()
    {
        Create.Table("web_page_views")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("view_id").AsString(36).NotNullable()
            .WithColumn("visitor_id").AsString(36).NotNullable()
            .WithColumn("viewed_utc").AsString(40).NotNullable()
            .WithColumn("url").AsString(500).NotNullable()
            .WithColumn("path").AsString(300).NotNullable()
            .WithColumn("host").AsString(200).NotNullable()
            .WithColumn("referrer").AsString(500).Nullable()
            .WithColumn("referrer_host").AsString(200).Nullable()
            .WithColumn("search_engine").AsString(40).Nullable()
            .WithColumn("keyword").AsString(200).Nullable()
            .WithColumn("utm_source").AsString(100).Nullable()
            .WithColumn("utm_medium").AsString(100).Nullable()
            .WithColumn("utm_campaign").AsString(100).Nullable()
            .WithColumn("utm_term").AsString(100).Nullable()
            .WithColumn("utm_content").AsString(100).Nullable()
            .WithColumn("device").AsString(20).NotNullable()
            .WithColumn("os").AsString(40).NotNullable()
            .WithColumn("browser").AsString(40).NotNullable()
            .WithColumn("region").AsString(100).Nullable()
            .WithColumn("ip").AsString(45).Nullable()
            .WithColumn("dwell_seconds").AsInt32().Nullable();
        Create.Index("ux_web_page_views_view").OnTable("web_page_views").OnColumn("view_id").Ascending().WithOptions().Unique();
        // The reports scan one date range; a customer's visits read one visitor's views in time order.
        Create.Index("ix_web_page_views_viewed").OnTable("web_page_views").OnColumn("viewed_utc").Ascending();
        Create.Index("ix_web_page_views_visitor").OnTable("web_page_views").OnColumn("visitor_id").Ascending().OnColumn("viewed_utc").Ascending();

        Create.Table("web_visitors")
            .WithColumn("visitor_id").AsString(36).PrimaryKey()
            .WithColumn("first_seen_utc").AsString(40).NotNullable()
            .WithColumn("last_seen_utc").AsString(40).NotNullable()
            .WithColumn("first_url").AsString(500).NotNullable()
            .WithColumn("first_source").AsString(200).NotNullable()
            .WithColumn("first_referrer_host").AsString(200).Nullable()
            .WithColumn("first_keyword").AsString(200).Nullable()
            .WithColumn("first_utm_source").AsString(100).Nullable()
            .WithColumn("first_utm_medium").AsString(100).Nullable()
            .WithColumn("first_utm_campaign").AsString(100).Nullable()
            .WithColumn("first_utm_term").AsString(100).Nullable()
            .WithColumn("customer_id").AsString(26).Nullable()
            .WithColumn("converted_utc").AsString(40).Nullable();
        Create.Index("ix_web_visitors_first_seen").OnTable("web_visitors").OnColumn("first_seen_utc").Ascending();
        Create.Index("ix_web_visitors_last_seen").OnTable("web_visitors").OnColumn("last_seen_utc").Ascending();
        Create.Index("ix_web_visitors_customer").OnTable("web_visitors").OnColumn("customer_id").Ascending();
    }

    public override void Down()
    {
        Delete.Table("web_visitors");
        Delete.Table("web_page_views");
    }
}
