namespace Crm.Contents.Models.TypeEditor;

/// <summary>A row of the per-type item count query (mutable for Dapper's mapping).</summary>
public sealed class TypeItemCount
{
    public string ContentType { get; set; } = "";
    public long Items { get; set; }
}
