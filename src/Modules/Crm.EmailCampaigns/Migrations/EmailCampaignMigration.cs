using Crm.Core.Modules;
using FluentMigrator;

namespace Crm.EmailCampaigns.Migrations;

/// <summary>
/// A campaign's sending run (one row, written when its audience is materialised: the guard that it happens once) and its
/// recipients (one row per customer of the audience, unique per campaign, in the audience's order, with a secret token for
/// tracking and unsubscribe),
/// plus the tenant's key for signing tracked links.
/// </summary>
[ForFeature(EmailCampaignModel.FeatureId)]
[Migration(202612091001)]
public sealed class EmailCampaignMigration : Migration
{
    public override void Up()
    {
        Create.Table("email_campaign_runs")
            .WithColumn("campaign_id").AsString(26).PrimaryKey()
            .WithColumn("started_utc").AsString(40).NotNullable()
            .WithColumn("audience_count").AsInt32().NotNullable()
            .WithColumn("next_send_utc").AsString(40).NotNullable()
            .WithColumn("finished_utc").AsString(40).Nullable();

        Create.Table("email_campaign_recipients")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("campaign_id").AsString(26).NotNullable()
            .WithColumn("customer_id").AsString(26).NotNullable()
            .WithColumn("position").AsInt32().NotNullable()
            .WithColumn("email").AsString(320).Nullable()
            .WithColumn("name").AsString(200).Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("reason").AsString(1000).Nullable()
            .WithColumn("token").AsString(40).NotNullable().Unique("ux_email_campaign_recipients_token")
            .WithColumn("outbox_id").AsString(26).Nullable()
            .WithColumn("queued_utc").AsString(40).Nullable()
            .WithColumn("sent_utc").AsString(40).Nullable()
            .WithColumn("opened_utc").AsString(40).Nullable()
            .WithColumn("clicked_utc").AsString(40).Nullable()
            .WithColumn("unsubscribed_utc").AsString(40).Nullable();
        Create.Index("ux_email_campaign_recipients_customer").OnTable("email_campaign_recipients")
            .OnColumn("campaign_id").Ascending().OnColumn("customer_id").Ascending().WithOptions().Unique();
        Create.Index("ix_email_campaign_recipients_status").OnTable("email_campaign_recipients")
            .OnColumn("campaign_id").Ascending().OnColumn("status").Ascending().OnColumn("position").Ascending();
        Create.Index("ix_email_campaign_recipients_position").OnTable("email_campaign_recipients")
            .OnColumn("campaign_id").Ascending().OnColumn("position").Ascending();
        Create.Index("ix_email_campaign_recipients_queued").OnTable("email_campaign_recipients")
            .OnColumn("campaign_id").Ascending().OnColumn("queued_utc").Ascending();

        Create.Table("email_campaign_keys")
            .WithColumn("name").AsString(50).PrimaryKey()
            .WithColumn("secret").AsString(100).NotNullable();
    }

    public override void Down()
    {
        Delete.Table("email_campaign_keys");
        Delete.Table("email_campaign_recipients");
        Delete.Table("email_campaign_runs");
    }
}
