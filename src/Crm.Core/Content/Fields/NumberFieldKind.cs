using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Fields;

public sealed class NumberFieldKind : IContentFieldKind
{
    public string Name => "Number";

    public FieldStorage StorageFor(FieldSettings settings) => FieldStorage.Number;

    public IEnumerable<string> ValidateSettings(FieldSettings settings) => NumberRules.ValidateSettings(settings);

    public FieldResult Normalize(JsonNode value, FieldSettings settings) =>
        JsonValues.TryNumber(value, out var number) ? NumberRules.Check(number, settings) : FieldResult.Fail(FieldMessages.MustBeNumber);
}
