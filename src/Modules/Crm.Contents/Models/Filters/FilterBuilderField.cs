namespace Crm.Contents.Models.Filters;

/// <summary>A field the filter builder offers, with the operators that suit its kind and the widget its value needs.</summary>
/// <param name="Name">The name the filter language uses: "Stage", "Part.Field" or a metadata column ("CreatedUtc").</param>
/// <param name="Widget">How the value is entered: text, number, date, datetime, boolean or choice.</param>
/// <param name="Operators">Operator names as written in filters, plus "notNull" for <c>isNull:false</c>.</param>
/// <param name="Options">A choice field's options.</param>
public sealed record FilterBuilderField(string Name, string Label, string Widget, IReadOnlyList<string> Operators, IReadOnlyList<Items.ItemOption> Options)
{
    /// <summary>The builder's pseudo-operator for "has a value", written as <c>Field:isNull:false</c>.</summary>
    public const string NotNull = "notNull";

    public bool IsDate => Widget is "date" or "datetime";
}
