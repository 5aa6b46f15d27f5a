using System.Text.RegularExpressions;

namespace Crm.Core.Content.Definitions;

/// <summary>
/// Names of types, parts and fields become GraphQL names, JSON keys and parts of SQL index names, so they are
/// PascalCase letters and digits, and words that GraphQL, SQL or the item's own columns use are refused.
/// </summary>
public static partial class ContentNames
{
    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,49}$")]
    private static partial Regex Pattern();

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        // the item's metadata columns and common API words
        "Id", "ContentItemId", "ContentType", "DisplayText", "Owner", "CreatedUtc", "ModifiedUtc", "Version", "DeletedUtc",
        "Data", "Where", "OrderBy", "First", "After", "Last", "Before", "TotalCount", "Node", "Nodes", "Edges", "Cursor", "PageInfo",
        // GraphQL
        "Query", "Mutation", "Subscription", "String", "Int", "Float", "Boolean", "ID", "Schema", "Type", "Fragment", "On", "Null", "True", "False",
        // SQL
        "Select", "From", "Join", "And", "Or", "Not", "In", "Is", "Like", "Order", "Group", "By", "Having", "Limit", "Offset", "Union", "Table",
        "Index", "Create", "Drop", "Alter", "Insert", "Update", "Delete", "Into", "Values", "Set", "User", "Case", "When", "Then", "Else", "End",
        "As", "Asc", "Desc", "Distinct", "Primary", "Key", "References", "Default", "Check", "Column", "Constraint",
    };

    public static string? Error(string? name, string what)
    {
        if (string.IsNullOrEmpty(name)) return $"{what} name is required";
        if (!Pattern().IsMatch(name)) return $"{what} name '{name}' must start with a capital letter and contain only letters and digits (at most 50)";
        if (name.StartsWith("__", StringComparison.Ordinal) || Reserved.Contains(name)) return $"{what} name '{name}' is a reserved word";
        return null;
    }
}
