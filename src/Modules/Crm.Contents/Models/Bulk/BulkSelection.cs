namespace Crm.Contents.Models.Bulk;

/// <summary>A selected row: the item and the version the user saw ("ID:version" in the checkbox value).</summary>
public sealed record BulkSelection(string Id, int Version)
{
    public static BulkSelection? Parse(string? text)
    {
        var parts = (text ?? "").Split(':');
        return parts.Length == 2 && parts[0].Length > 0 && int.TryParse(parts[1], out var version) && version > 0
            ? new BulkSelection(parts[0].Trim(), version)
            : null;
    }
}
