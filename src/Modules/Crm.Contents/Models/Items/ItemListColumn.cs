using Crm.Core.Content.Definitions;

namespace Crm.Contents.Models.Items;

/// <param name="Name">The name the query language knows it by ("Stage", "ModifiedUtc").</param>
/// <param name="Field">Null for a metadata column.</param>
/// <param name="Sortable">Whether the query accepts a sort on it; only those headers are links.</param>
public sealed record ItemListColumn(string Name, string Label, ContentFieldReference? Field, bool Sortable);
