using FluentMigrator;

namespace Crm.Campaigns.Migrations;

/// <summary>
/// The campaign figures kept per customer (<see cref="Services.CampaignRevenueLedger"/>): attributed revenue, one row per
/// customer, campaign, order date, month and currency; leads, a sourced customer's campaign and month of creation; the
/// customers whose rows are to be worked out again; and the basis the rows were worked out on (the time zone months and
/// windows start in, the fields attribution could see). Every customer the tenant already has starts stale, so an existing
/// tenant's rows are worked out in the background; the ROI screen computes until then.
/// </summary>
[Migration(202612241000)]
public sealed class CampaignRevenueMigration : Migration
{
    public override void Up()
    {
        Create.Table("campaign_revenue")
            .WithColumn("customer_id").AsString(40).NotNullable()
            .WithColumn("campaign_id").AsString(40).NotNullable()
            .WithColumn("keyword").AsCustom("TEXT").Nullable()
            .WithColumn("window_start").AsString(10).NotNullable()
            .WithColumn("order_date").AsString(10).NotNullable()
            .WithColumn("month").AsString(10).NotNullable()
            .WithColumn("currency").AsString(10).NotNullable()
            .WithColumn("amount").AsDecimal(28, 8).NotNullable();
        Create.Index("ix_campaign_revenue_customer").OnTable("campaign_revenue").OnColumn("customer_id");
        Create.Index("ix_campaign_revenue_month").OnTable("campaign_revenue").OnColumn("month");
        Create.Index("ix_campaign_revenue_campaign").OnTable("campaign_revenue").OnColumn("campaign_id").Ascending().OnColumn("month").Ascending();

        Create.Table("campaign_leads")
            .WithColumn("customer_id").AsString(40).PrimaryKey()
            .WithColumn("campaign_id").AsString(40).NotNullable()
            .WithColumn("month").AsString(10).NotNullable();
        Create.Index("ix_campaign_leads_month").OnTable("campaign_leads").OnColumn("month").Ascending().OnColumn("campaign_id").Ascending();

        Create.Table("campaign_revenue_stale")
            .WithColumn("customer_id").AsString(40).PrimaryKey();
        Create.Table("campaign_revenue_state")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("basis").AsString(400).Nullable();
        Execute.Sql("INSERT INTO campaign_revenue_stale (customer_id) SELECT id FROM content_items WHERE content_type = 'Customer'");
    }

    public override void Down()
    {
        Delete.Table("campaign_revenue_state");
        Delete.Table("campaign_revenue_stale");
        Delete.Table("campaign_leads");
        Delete.Table("campaign_revenue");
    }
}
