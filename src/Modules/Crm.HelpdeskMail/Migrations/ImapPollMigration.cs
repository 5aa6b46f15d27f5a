using Crm.Core.Modules;
using FluentMigrator;

namespace Crm.HelpdeskMail.Migrations;

/// <summary>The IMAP poll's one row: when it next polls and how the last poll went (the settings screen shows it).</summary>
[ForFeature(MailFeatures.Email)]
[Migration(202612011002)]
public sealed class ImapPollMigration : Migration
{
    public override void Up()
    {
        Create.Table("helpdesk_imap_poll")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("next_utc").AsString(40).NotNullable()
            .WithColumn("last_utc").AsString(40).Nullable()
            .WithColumn("last_count").AsInt32().NotNullable().WithDefaultValue(0)
            .WithColumn("last_error").AsString(1000).Nullable();
    }

    public override void Down() => Delete.Table("helpdesk_imap_poll");
}
