namespace Crm.Core.Content.Queries;

public enum FilterOperator
{
    Eq,
    Ne,
    In,
    Gt,
    Gte,
    Lt,
    Lte,

    /// <summary>Text: contains the value (case-insensitive). List fields (tags, multi-choice): has the value as an element.</summary>
    Contains,

    /// <summary>Text starts with the value (case-insensitive).</summary>
    StartsWith,

    /// <summary>Value true (the default): the field is empty; false: it has a value.</summary>
    IsNull,
}
