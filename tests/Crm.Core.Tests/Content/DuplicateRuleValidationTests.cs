using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Core.Tests.Content;

public sealed class DuplicateRuleValidationTests
{
    private static readonly ContentDefinitionValidator Validator = new(new FieldKinds(FieldKinds.BuiltIn));

    private static ContentDefinitions With(params DuplicateRuleDefinition[] rules) => new(
        [new ContentTypeDefinition { Name = "Customer", DisplayName = "Customer", Parts = [new("Customer", "Customer")], Settings = new ContentTypeSettings { DuplicateRules = rules } }],
        [new ContentPartDefinition
        {
            Name = "Customer",
            Fields = [new("Name", "Text", new FieldSettings()), new("Email", "Email", new FieldSettings()), new("Phone", "Phone", new FieldSettings()), new("Tags", "Tags", new FieldSettings())],
        }]);

    [Fact]
    public void Rules_on_fitting_fields_are_accepted() =>
        Assert.Empty(Validator.Validate(With(
            new("SameEmail", DuplicateRuleKind.Email, ["Email"]), new("SamePhone", DuplicateRuleKind.Phone, ["Phone"]),
            new("SameName", DuplicateRuleKind.Exact, ["Name", "Email"]), new("Similar", DuplicateRuleKind.NameSimilarity, ["Name"], 0.9))));

    [Fact]
    public void Unknown_fields_unfitting_kinds_and_bad_thresholds_are_named()
    {
        var errors = Validator.Validate(With(
            new("Mail", DuplicateRuleKind.Email, ["Phone", "Fax"]),
            new("Tagged", DuplicateRuleKind.Exact, ["Tags"]),
            new("Similar", DuplicateRuleKind.NameSimilarity, ["Email"], 1.5),
            new("Empty", DuplicateRuleKind.Phone, [])));

        Assert.Equal(
        [
            "Customer.Settings.DuplicateRules.Empty: a duplicate rule needs at least one field",
            "Customer.Settings.DuplicateRules.Mail: 'Fax' is not a field of Customer",
            "Customer.Settings.DuplicateRules.Mail: 'Phone' must be an Email or Text field",
            "Customer.Settings.DuplicateRules.Similar.Threshold: must be above 0 and at most 1",
            "Customer.Settings.DuplicateRules.Similar: 'Email' must be a Text field",
            "Customer.Settings.DuplicateRules.Tagged: 'Tags' must hold a single text or number value",
        ], errors.Select(e => $"{e.Path}: {e.Message}").Order(StringComparer.Ordinal));
    }
}
