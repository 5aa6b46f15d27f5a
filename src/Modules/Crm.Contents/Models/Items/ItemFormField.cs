using Crm.Core.Content.Definitions;

namespace Crm.Contents.Models.Items;

/// <param name="Kind">The field kind's name ("Text", "Choice", ...), which picks the widget.</param>
/// <param name="Value">What the widget shows: the stored value, or what the user posted when the form comes back with errors.</param>
/// <param name="Errors">Validation messages in the user's language.</param>
/// <param name="Options">Choice options, or the related items a relation can point at.</param>
public sealed record ItemFormField(ContentFieldReference Field, string Kind, PostedField Value, IReadOnlyList<string> Errors, IReadOnlyList<ItemOption> Options)
{
    public string Name => Field.QualifiedName;

    /// <summary>An HTML id safe for label/for and aria-describedby.</summary>
    public string Id => "field-" + Field.QualifiedName.Replace('.', '-');
}
