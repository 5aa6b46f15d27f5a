using Crm.Core.Content.Definitions;
using Crm.Core.Content.Translations;

namespace Crm.Core.Tests.Content;

public sealed class DefinitionTextsTests
{
    private static readonly ContentDefinitions Definitions = new(
        [new ContentTypeDefinition { Name = "Customer", DisplayName = "Customer", Parts = [new("Customer", "Customer")] }],
        [new ContentPartDefinition
        {
            Name = "Customer", DisplayName = "Customer",
            Fields =
            [
                new("Name", "Text", new FieldSettings { Position = 0 }),
                new("Stage", "Choice", new FieldSettings
                {
                    DisplayName = "Stage", Hint = "Where the party stands.", Position = 1,
                    Options = [new("Prospect", "Prospect"), new("Customer", "Customer")],
                }),
            ],
        }]);

    [Fact]
    public void Every_text_people_read_is_listed_once_with_everything_that_uses_it()
    {
        var texts = DefinitionTexts.Of(Definitions);

        Assert.Equal(["Customer", "Name", "Stage", "Where the party stands.", "Prospect"], texts.Select(t => t.Source));
        Assert.Equal(["Customer", "Customer.Stage = Customer"], texts.Single(t => t.Source == "Customer").UsedBy);
        Assert.Equal(["Customer.Stage = Prospect"], texts.Single(t => t.Source == "Prospect").UsedBy);
    }

    [Fact]
    public void A_translated_copy_changes_what_people_read_and_keeps_names_and_stored_values()
    {
        var korean = DefinitionTexts.Translate(Definitions, new Dictionary<string, string>
        {
            ["Customer"] = "고객", ["Name"] = "이름", ["Stage"] = "단계", ["Prospect"] = "가망 고객",
        });

        var type = korean.FindType("Customer")!;
        Assert.Equal("고객", type.DisplayName);
        var stage = korean.FindField(type, "Stage")!.Field;
        Assert.Equal(("Stage", "단계"), (stage.Name, stage.DisplayName));
        Assert.Equal("Where the party stands.", stage.Settings.Hint); // untranslated text stays English
        Assert.Equal([("Prospect", "가망 고객"), ("Customer", "고객")], stage.Settings.Options.Select(o => (o.Value, o.Label)));
        Assert.Equal("이름", korean.FindField(type, "Name")!.Field.DisplayName); // a field without a display name reads its name
        Assert.Equal("Customer", Definitions.FindType("Customer")!.DisplayName); // the original is untouched
    }
}
