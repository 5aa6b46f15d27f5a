using System.Security.Claims;
using Crm.Core.Content.Store;

namespace Crm.Core.Content.Screens;

/// <summary>
/// Buttons other modules add to an item's detail page (e.g. "Start: Welcome call"): each posts the item's id to the
/// module's own endpoint, which checks its permissions again. Register as scoped services.
/// </summary>
public interface IItemActionSource
{
    Task<IReadOnlyList<ItemAction>> ActionsAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken);
}
