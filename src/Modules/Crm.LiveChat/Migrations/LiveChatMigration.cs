using FluentMigrator;

namespace Crm.LiveChat.Migrations;

/// <summary>
/// Chats outside the content store: they are many, small and written one message at a time, and a reconnecting visitor or
/// agent reads them back from here. A conversation keeps its visitor, agent, customer and the ticket and transcript it
/// became; agent presence is one row per open console connection, refreshed by a heartbeat so a crashed node's rows age out.
/// </summary>
[Migration(202612011000)]
public sealed class LiveChatMigration : Migration
{
    public override void Up()
    {
        Create.Table("chat_conversations")
            .WithColumn("id").AsString(26).PrimaryKey()
            .WithColumn("visitor_id").AsString(64).NotNullable()
            .WithColumn("visitor_name").AsString(100).Nullable()
            .WithColumn("visitor_email").AsString(200).Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("agent_id").AsString(64).Nullable()
            .WithColumn("customer_id").AsString(26).Nullable()
            .WithColumn("ticket_id").AsString(26).Nullable()
            .WithColumn("transcript_id").AsString(26).Nullable()
            .WithColumn("started_utc").AsString(40).NotNullable()
            .WithColumn("accepted_utc").AsString(40).Nullable()
            .WithColumn("closed_utc").AsString(40).Nullable();
        Create.Index("ix_chat_conversations_status").OnTable("chat_conversations").OnColumn("status").Ascending().OnColumn("started_utc").Ascending();
        Create.Index("ix_chat_conversations_visitor").OnTable("chat_conversations").OnColumn("visitor_id").Ascending().OnColumn("started_utc").Ascending();

        Create.Table("chat_messages")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("conversation_id").AsString(26).NotNullable()
            .WithColumn("sender").AsString(10).NotNullable()
            .WithColumn("author_id").AsString(64).Nullable()
            .WithColumn("author_name").AsString(100).Nullable()
            .WithColumn("body").AsString(int.MaxValue).NotNullable()
            .WithColumn("sent_utc").AsString(40).NotNullable();
        Create.Index("ix_chat_messages_conversation").OnTable("chat_messages").OnColumn("conversation_id").Ascending().OnColumn("id").Ascending();

        Create.Table("chat_agent_connections")
            .WithColumn("connection_id").AsString(100).PrimaryKey()
            .WithColumn("user_id").AsString(64).NotNullable()
            .WithColumn("user_name").AsString(100).NotNullable()
            .WithColumn("seen_utc").AsString(40).NotNullable();
        Create.Index("ix_chat_agent_connections_seen").OnTable("chat_agent_connections").OnColumn("seen_utc").Ascending();
    }

    public override void Down()
    {
        Delete.Table("chat_agent_connections");
        Delete.Table("chat_messages");
        Delete.Table("chat_conversations");
    }
}
