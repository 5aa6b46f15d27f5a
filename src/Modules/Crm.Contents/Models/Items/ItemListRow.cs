using Crm.Core.Content.Store;

namespace Crm.Contents.Models.Items;

public sealed record ItemListRow(ContentItem Item, IReadOnlyList<string> Cells);
