namespace Crm.Core.Content.Screens;

/// <summary>A card on an item's detail page: a title and links, each with an optional line of plain text under it.</summary>
/// <param name="Name">A stable name for the card (the page marks it <c>data-item-panel="Name"</c>).</param>
/// <param name="EmptyText">What the card says when it has no links.</param>
/// <param name="MoreUrl">An app-relative path ("/admin/...") to see more, when there is one.</param>
public sealed record ItemPanel(string Name, string Title, IReadOnlyList<ItemPanelEntry> Entries, string EmptyText, string? MoreUrl = null, string? MoreLabel = null);

/// <param name="Url">An app-relative path ("/admin/...").</param>
/// <param name="Detail">Plain text shown under the link (encoded by the page).</param>
public sealed record ItemPanelEntry(string Label, string Url, string? Detail = null);
