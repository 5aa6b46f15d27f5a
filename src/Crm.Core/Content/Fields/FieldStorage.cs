namespace Crm.Core.Content.Fields;

/// <summary>How a field's value is compared, sorted and indexed in SQL.</summary>
public enum FieldStorage
{
    /// <summary>Canonical text (dates and times are ISO-8601 text whose order is time order).</summary>
    Text,

    /// <summary>A number, indexed through an immutable numeric cast.</summary>
    Number,

    Boolean,

    /// <summary>An array or object (multi-choice, tags, multiple relations): filterable with contains, not sortable.</summary>
    Json,
}
