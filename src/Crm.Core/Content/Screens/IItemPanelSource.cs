using System.Security.Claims;
using Crm.Core.Content.Store;

namespace Crm.Core.Content.Screens;

/// <summary>
/// Cards other modules add beside an item's fields on its detail page (e.g. articles that may answer a ticket). A source
/// returns null when it has nothing to say about the item or the viewer may not see it. Register as scoped services.
/// </summary>
public interface IItemPanelSource
{
    Task<ItemPanel?> PanelAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken);
}
