using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Retention;

public sealed class AdminMenu(IStringLocalizer<RetentionText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new(text["Marketing"], text["Retention programs"], "/admin/retention", Permissions.ViewRetentionPrograms, 60),
        new(text["Marketing"], text["Redeem a coupon"], "/admin/retention/coupons/redeem", Permissions.RedeemCoupons, 61),
    ];
}
