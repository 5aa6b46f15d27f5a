using Crm.Core.Modules;
using FluentMigrator;

namespace Crm.HelpdeskMail.Migrations;

/// <summary>Every inbound mail once, by its Message-ID: what became of it (the same mail delivered twice makes one ticket).</summary>
[ForFeature(MailFeatures.Email)]
[Migration(202612011001)]
public sealed class InboundMailMigration : Migration
{
    public override void Up()
    {
        Create.Table("helpdesk_inbound_mail")
            .WithColumn("message_id").AsString(255).PrimaryKey()
            .WithColumn("received_utc").AsString(40).NotNullable()
            .WithColumn("source").AsString(10).NotNullable()
            .WithColumn("from_address").AsString(320).Nullable()
            .WithColumn("subject").AsString(500).Nullable()
            .WithColumn("outcome").AsString(20).NotNullable()
            .WithColumn("ticket_id").AsString(26).Nullable().Indexed("ix_helpdesk_inbound_mail_ticket")
            .WithColumn("comment_id").AsString(26).Nullable()
            .WithColumn("note").AsString(500).Nullable();
    }

    public override void Down() => Delete.Table("helpdesk_inbound_mail");
}
