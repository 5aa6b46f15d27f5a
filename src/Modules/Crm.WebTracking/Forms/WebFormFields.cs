using Crm.Core.Content.Definitions;

namespace Crm.WebTracking.Forms;

/// <summary>
/// Which Customer fields a form may ask a visitor for: editable ones whose kind a plain form can fill (no relations, user
/// pickers, money or tags). The form item lists them by name, separated by commas.
/// </summary>
public static class WebFormFields
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Text", "Email", "Phone", "Link", "Number", "Boolean", "Date", "Choice", "Markdown",
    };

    public static IReadOnlyList<string> Names(string? list) =>
        (list ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The fields of the Customer type a list names (unknown or unsuitable names are reported through <paramref name="refused"/>).</summary>
    public static IReadOnlyList<ContentFieldReference> Resolve(ContentDefinitions definitions, ContentTypeDefinition customer, string? list, Action<string>? refused = null)
    {
        var fields = new List<ContentFieldReference>();
        foreach (var name in Names(list))
        {
            var field = definitions.FindField(customer, name);
            if (field is null || field.Field.Settings.ReadOnly || !Kinds.Contains(KindName(field)) || (field.Field.Settings.Multiple && KindName(field) == "Choice"))
            {
                refused?.Invoke(name);
                continue;
            }
            fields.Add(field);
        }
        return fields;
    }

    /// <summary>"TextField" and "Text" both name the text kind (recipes use the former).</summary>
    public static string KindName(ContentFieldReference field) =>
        field.Field.Kind.EndsWith("Field", StringComparison.Ordinal) ? field.Field.Kind[..^"Field".Length] : field.Field.Kind;
}
