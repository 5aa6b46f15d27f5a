namespace Crm.Core.Content;

/// <summary>The item's own columns, which filters, sorts, list columns and indexes may use beside fields.</summary>
public static class ContentMetadata
{
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Id"] = "id",
        ["DisplayText"] = "display_text",
        ["Owner"] = "owner",
        ["CreatedUtc"] = "created_utc",
        ["ModifiedUtc"] = "modified_utc",
    };

    /// <summary>The columns that are never NULL (NOT NULL in the table): paging by them needs no "or is null" alternatives.</summary>
    public static readonly IReadOnlySet<string> NeverNullColumns = new HashSet<string> { "id", "display_text", "created_utc", "modified_utc" };

    public static bool IsColumn(string name) => Columns.ContainsKey(name);

    public static bool IsSortableColumn(string name) => Columns.ContainsKey(name);
}
