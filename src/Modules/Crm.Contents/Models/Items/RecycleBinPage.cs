using Crm.Core.Content.Definitions;

namespace Crm.Contents.Models.Items;

/// <param name="CanPurge">Only users who may delete every item of the type remove items for good.</param>
public sealed record RecycleBinPage(ContentTypeDefinition Type, IReadOnlyList<DeletedItem> Items, bool CanPurge, string? Notice, string? Error);
