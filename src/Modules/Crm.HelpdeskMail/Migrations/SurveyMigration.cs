using Crm.Core.Modules;
using FluentMigrator;

namespace Crm.HelpdeskMail.Migrations;

/// <summary>One satisfaction survey per ticket: whom it went to, the agent who resolved it, and the answer once given.</summary>
[ForFeature(MailFeatures.Satisfaction)]
[Migration(202612011003)]
public sealed class SurveyMigration : Migration
{
    public override void Up()
    {
        Create.Table("helpdesk_surveys")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("ticket_id").AsString(26).NotNullable().Unique("ux_helpdesk_surveys_ticket")
            .WithColumn("agent_id").AsString(26).Nullable()
            .WithColumn("recipient").AsString(320).NotNullable()
            .WithColumn("sent_utc").AsString(40).NotNullable()
            .WithColumn("expires_utc").AsString(40).NotNullable()
            .WithColumn("answered_utc").AsString(40).Nullable().Indexed("ix_helpdesk_surveys_answered")
            .WithColumn("score").AsInt32().Nullable()
            .WithColumn("comment").AsString(2000).Nullable();
    }

    public override void Down() => Delete.Table("helpdesk_surveys");
}
