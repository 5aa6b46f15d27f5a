using FluentMigrator;

namespace Crm.KnowledgeBase.Migrations;

/// <summary>
/// The articles' full-text index and the visitors' votes. The index is one row per live article with what search filters
/// on (category, visibility, published) and what it matches (title, tags, body as plain text):
/// <list type="bullet">
/// <item>SQLite: a plain table <c>kb_article_index</c> plus the FTS5 table <c>kb_article_fts</c> whose rowid is the index
/// row's id. Tokenizer unicode61 (words split on spaces and punctuation, case and accents folded); every search word is a
/// prefix query, so "환불" finds "환불은" and "고객센터에서". The trigram tokenizer was measured and left out: it cannot match
/// anything shorter than three characters, and most Korean nouns have two syllables (README, Knowledge base).</item>
/// <item>PostgreSQL: one table <c>kb_article_index</c> with a generated <c>tsvector</c> (configuration 'simple': no
/// stemming, no stop words, so Korean words stay tokens; title weight A, tags B, body C) and a GIN index on it.</item>
/// </list>
/// Votes: one row per article and visitor cookie, so a visitor's vote counts once (changing it replaces it); the hashed
/// client address caps how many votes one address may cast per hour.
/// </summary>
[Migration(202612031000)]
public sealed class KnowledgeBaseMigration : Migration
{
    public override void Up()
    {
        IfDatabase(IsSqlite).Execute.Sql("""
            CREATE TABLE kb_article_index (
                id INTEGER PRIMARY KEY,
                article_id TEXT NOT NULL UNIQUE,
                category_id TEXT NULL,
                visibility TEXT NOT NULL,
                published INTEGER NOT NULL)
            """);
        IfDatabase(IsSqlite).Execute.Sql("CREATE VIRTUAL TABLE kb_article_fts USING fts5(title, tags, body, tokenize = 'unicode61 remove_diacritics 2')");

        IfDatabase(IsPostgres).Execute.Sql("""
            CREATE TABLE kb_article_index (
                article_id varchar(26) PRIMARY KEY,
                category_id varchar(26) NULL,
                visibility varchar(20) NOT NULL,
                published boolean NOT NULL,
                title text NOT NULL,
                tags text NOT NULL,
                body text NOT NULL,
                document tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', title), 'A') ||
                    setweight(to_tsvector('simple', tags), 'B') ||
                    setweight(to_tsvector('simple', body), 'C')) STORED)
            """);
        IfDatabase(IsPostgres).Execute.Sql("CREATE INDEX ix_kb_article_index_document ON kb_article_index USING gin (document)");

        Create.Table("kb_article_votes")
            .WithColumn("article_id").AsString(26).NotNullable().PrimaryKey()
            .WithColumn("visitor_id").AsString(32).NotNullable().PrimaryKey()
            .WithColumn("helpful").AsBoolean().NotNullable()
            .WithColumn("client_hash").AsString(64).NotNullable()
            .WithColumn("voted_utc").AsString(28).NotNullable();
        Create.Index("ix_kb_article_votes_client").OnTable("kb_article_votes").OnColumn("client_hash").Ascending().OnColumn("voted_utc").Ascending();
    }

    public override void Down()
    {
        Delete.Table("kb_article_votes");
        IfDatabase(IsSqlite).Execute.Sql("DROP TABLE kb_article_fts");
        Delete.Table("kb_article_index");
    }

    private static bool IsSqlite(string database) => database.StartsWith("SQLite", StringComparison.OrdinalIgnoreCase);

    private static bool IsPostgres(string database) => database.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase);
}
