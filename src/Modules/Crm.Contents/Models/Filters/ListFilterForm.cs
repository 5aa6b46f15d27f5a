namespace Crm.Contents.Models.Filters;

/// <summary>
/// The list page's filter builder: the fields it offers and the current filter as rows joined by AND or OR.
/// <see cref="FitsBuilder"/> is false when the filter is more than one flat group of known conditions (nested groups,
/// not, relation hops, unknown names); the page then opens the text form, which holds <see cref="Text"/> as written.
/// </summary>
public sealed record ListFilterForm(IReadOnlyList<FilterBuilderField> Fields, IReadOnlyList<FilterBuilderRow> Rows, bool JoinWithOr, bool FitsBuilder, string? Text);
