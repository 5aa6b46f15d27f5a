using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Core.Tests.Content;

public sealed class ContentDefinitionValidatorTests
{
    private static readonly ContentDefinitionValidator Validator = new(new FieldKinds(FieldKinds.BuiltIn));

    private static ContentFieldDefinition Field(string name, string kind, FieldSettings? settings = null) => new(name, kind, settings ?? new FieldSettings());

    [Fact]
    public void A_consistent_definition_set_has_no_errors()
    {
        var definitions = new ContentDefinitions(
            [new ContentTypeDefinition
            {
                Name = "Customer", DisplayName = "Customer", Parts = [new("Customer", "Customer")],
                Settings = new ContentTypeSettings
                {
                    KanbanField = "Stage", ListColumns = ["Name", "Stage", "ModifiedUtc"],
                    CompositeIndexes = [new("StageActivity", ["Stage", "LastActivityAt desc"])],
                },
            }],
            [new ContentPartDefinition
            {
                Name = "Customer",
                Fields = [Field("Name", "Text"), Field("Stage", "Choice", new FieldSettings { Options = [new("Target", "Target")] }), Field("LastActivityAt", "DateTime")],
            }]);

        Assert.Empty(Validator.Validate(definitions));
    }

    [Fact]
    public void Every_inconsistency_is_named_with_its_place()
    {
        var definitions = new ContentDefinitions(
            [
                new ContentTypeDefinition
                {
                    Name = "Deal", DisplayName = "Deal", Parts = [new("Deal", "Deal"), new("Ghost", "Ghost")],
                    Settings = new ContentTypeSettings { KanbanField = "Amount", ListColumns = ["Nope"], CompositeIndexes = [new("Bad", ["Tags", "Amount"])] },
                },
                new ContentTypeDefinition { Name = "select", DisplayName = "x" },
            ],
            [new ContentPartDefinition
            {
                Name = "Deal",
                Fields =
                [
                    Field("Amount", "Money"), Field("Tags", "Tags", new FieldSettings { Indexed = true }), Field("Customer", "ContentPicker", new FieldSettings { RelatedTypes = ["Customer"] }),
                    Field("Stage", "Choice"), Field("Odd", "Hologram"), Field("Amount", "Number"),
                ],
            }]);

        var errors = Validator.Validate(definitions).Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith("Deal.Amount: the field is defined twice"));
        Assert.Contains(errors, e => e.StartsWith("Deal.Tags.Indexed: a field holding a list cannot be indexed"));
        Assert.Contains(errors, e => e.StartsWith("Deal.Customer.RelatedTypes: type 'Customer' is not defined"));
        Assert.Contains(errors, e => e.StartsWith("Deal.Stage: a choice field needs at least one option"));
        Assert.Contains(errors, e => e.StartsWith("Deal.Odd: unknown field kind 'Hologram'"));
        Assert.Contains(errors, e => e.StartsWith("Deal.Parts.Ghost: part 'Ghost' is not defined"));
        Assert.Contains(errors, e => e.StartsWith("Deal.Settings.ListColumns: 'Nope' is not a field of Deal"));
        Assert.Contains(errors, e => e.StartsWith("Deal.Settings.CompositeIndexes.Bad: 'Tags' holds a list"));
        Assert.Contains(errors, e => e.StartsWith("select: Type name 'select' must start with a capital letter"));
    }

    [Theory]
    [InlineData("Customer", null)]
    [InlineData("Order", "reserved word")]
    [InlineData("Id", "reserved word")]
    [InlineData("customer", "must start with a capital letter")]
    [InlineData("Cust_omer", "must start with a capital letter")]
    public void Names_are_safe_for_GraphQL_and_SQL(string name, string? error)
    {
        var result = ContentNames.Error(name, "Type");
        if (error is null) Assert.Null(result);
        else Assert.Contains(error, result);
    }
}
