using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.WebTracking;

public sealed class AdminMenu(IStringLocalizer<WebTrackingText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new(text["Marketing"], text["Website visits"], "/admin/tracking", Permissions.ViewWebTracking, 10),
        new(text["Marketing"], text["Web tracking settings"], "/admin/tracking/settings", Permissions.ManageWebTracking, 90),
    ];
}
