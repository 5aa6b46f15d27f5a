using FluentMigrator;

namespace Crm.Core.Outbox.Migrations;

/// <summary>
/// The tenant's outbox: side effects (email, HTTP calls) recorded in the transaction that decided them and delivered
/// afterwards with retries. Times are canonical UTC text (text order is time order); the index serves the due query.
/// </summary>
[Migration(202611221700)]
public sealed class OutboxMigration : Migration
{
    public override void Up()
    {
        Create.Table("outbox_messages")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("kind").AsString(100).NotNullable()
            .WithColumn("payload").AsCustom("TEXT").NotNullable()
            .WithColumn("correlation").AsString(200).Nullable()
            .WithColumn("status").AsString(10).NotNullable()
            .WithColumn("attempts").AsInt32().NotNullable()
            .WithColumn("next_attempt_utc").AsString(28).NotNullable()
            .WithColumn("lease_until").AsString(28).Nullable()
            .WithColumn("last_error").AsCustom("TEXT").Nullable()
            .WithColumn("created_utc").AsString(28).NotNullable()
            .WithColumn("completed_utc").AsString(28).Nullable()
            .WithColumn("result").AsCustom("TEXT").Nullable();
        Create.Index("ix_outbox_messages_due").OnTable("outbox_messages")
            .OnColumn("status").Ascending()
            .OnColumn("next_attempt_utc").Ascending();
        Create.Index("ix_outbox_messages_correlation").OnTable("outbox_messages").OnColumn("correlation").Ascending();
    }

    public override void Down() => Delete.Table("outbox_messages");
}
