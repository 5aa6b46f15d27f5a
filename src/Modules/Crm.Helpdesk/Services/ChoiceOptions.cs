using Crm.Core.Content.Definitions;

namespace Crm.Helpdesk.Services;

/// <summary>A choice field's options by value, to name them in messages as the screens do (by label).</summary>
public sealed class ChoiceOptions(IReadOnlyList<ChoiceOption> options)
{
    public static ChoiceOptions Of(ContentDefinitions definitions, ContentTypeDefinition type, string field) =>
        new(definitions.FindField(type, field)?.Field.Settings.Options ?? []);

    public string Label(string? value) => value is null ? "-" : options.FirstOrDefault(o => o.Value == value)?.Label ?? value;
}
