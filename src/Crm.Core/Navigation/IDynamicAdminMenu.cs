using System.Security.Claims;

namespace Crm.Core.Navigation;

/// <summary>
/// Menu items that depend on the tenant's data (e.g. one entry per content type). The provider returns only
/// the items the user may use. Register as a scoped service; its feature gates it like <see cref="IAdminMenu"/>.
/// </summary>
public interface IDynamicAdminMenu
{
    Task<IEnumerable<AdminMenuItem>> ItemsAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
