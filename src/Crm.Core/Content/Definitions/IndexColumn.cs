namespace Crm.Core.Content.Definitions;

/// <summary>One entry of a composite index: "LastActivityAt desc" → (LastActivityAt, descending).</summary>
public readonly record struct IndexColumn(string Field, bool Descending)
{
    public static IndexColumn Parse(string entry)
    {
        var parts = entry.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var descending = parts.Length == 2 && string.Equals(parts[1], "desc", StringComparison.OrdinalIgnoreCase);
        return new IndexColumn(parts.Length > 0 ? parts[0] : "", descending);
    }
}
