using FluentMigrator;

namespace Crm.Core.Content.Translations.Migrations;

/// <summary>What the content definitions' English texts (type, field and option names, hints) read as in another language.</summary>
[Migration(202611261000)]
public sealed class ContentTranslationsMigration : Migration
{
    public override void Up()
    {
        Create.Table("content_translations")
            .WithColumn("culture").AsString(10).PrimaryKey()
            .WithColumn("source").AsString(ContentTranslations.MaxLength).PrimaryKey()
            .WithColumn("text").AsString(ContentTranslations.MaxLength).NotNullable();
    }

    public override void Down() => Delete.Table("content_translations");
}
