using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Store;

/// <summary>
/// A type's unique key as enforced: its fields in order, and the unique index over them (<see cref="ContentUniqueKeys"/>).
/// <paramref name="Path"/> is where the definition declares it, for definition errors ("Campaign.Code.Unique").
/// </summary>
public sealed record UniqueKey(string TypeName, string Name, string Path, IReadOnlyList<ContentFieldReference> Fields, string IndexName, IReadOnlyList<string> Columns)
{
    /// <summary>The field an error about the key names: a single field, or the last of a composite (the one that makes the pair collide).</summary>
    public ContentFieldReference ErrorField => Fields[^1];
}
