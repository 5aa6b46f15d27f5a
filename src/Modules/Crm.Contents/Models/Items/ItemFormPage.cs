using Crm.Core.Content.Definitions;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Store;

namespace Crm.Contents.Models.Items;

/// <param name="Item">Null on the create form.</param>
/// <param name="Version">The version the edit form was loaded at; posted back so a stale edit is refused.</param>
/// <param name="Error">A message for the whole form (validation summary or "changed meanwhile").</param>
/// <param name="TimeZone">The zone date-time inputs are read in.</param>
public sealed record ItemFormPage(ContentTypeDefinition Type, ContentItem? Item, int Version, IReadOnlyList<ItemFormField> Fields, string? Error, bool Stale, string TimeZone)
{
    /// <summary>On create: items the type's duplicate rules say may be the same record; the form then offers "Save anyway".</summary>
    public IReadOnlyList<DuplicateMatch> Duplicates { get; init; } = [];
}
