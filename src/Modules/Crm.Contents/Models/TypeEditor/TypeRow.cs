using Crm.Core.Content.Definitions;

namespace Crm.Contents.Models.TypeEditor;

/// <param name="Items">Live items and items in the recycle bin: both block removing the type.</param>
public sealed record TypeRow(ContentTypeDefinition Type, long Items);
