using System.Security.Claims;
using Crm.Core.Modules;
using Crm.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace Crm.Core.Navigation;

/// <summary>The admin menu for the current user: items of enabled features that the user is allowed to use.</summary>
public sealed class AdminMenuService(
    IEnumerable<IAdminMenu> menus,
    IEnumerable<IDynamicAdminMenu> dynamicMenus,
    FeatureCatalog catalog,
    FeatureManager features,
    IAuthorizationService authorization)
{
    public async Task<IReadOnlyList<IGrouping<string, AdminMenuItem>>> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var visible = new List<AdminMenuItem>();
        foreach (var menu in menus)
        {
            if (catalog.FeatureOf(menu.GetType()) is { } feature && !enabled.Contains(feature)) continue;
            foreach (var item in menu.Items())
            {
                if (item.Permission is null || (await authorization.AuthorizeAsync(user, null, new PermissionRequirement(item.Permission))).Succeeded)
                {
                    visible.Add(item);
                }
            }
        }
        foreach (var menu in dynamicMenus)
        {
            if (catalog.FeatureOf(menu.GetType()) is { } feature && !enabled.Contains(feature)) continue;
            visible.AddRange(await menu.ItemsAsync(user, cancellationToken));
        }
        return visible.OrderBy(i => i.Position).GroupBy(i => i.Group).ToList();
    }
}
