using System.Security.Claims;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Crm.Retention.Screens;

/// <summary>"Redeem" on the page of a coupon that is neither redeemed nor deleted, for those who may redeem coupons.</summary>
public sealed class CouponActions(FeatureManager features, IAuthorizationService authorization, IStringLocalizer<RetentionText> text) : IItemActionSource
{
    public async Task<IReadOnlyList<ItemAction>> ActionsAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (item.ContentType != RetentionModel.Coupon || item.DeletedUtc is not null || item.Text(RetentionModel.RedeemedAt) is not null) return [];
        if (!await features.IsEnabledAsync(RetentionModel.FeatureId, cancellationToken)) return [];
        if (!(await authorization.AuthorizeAsync(user, PermissionPolicyProvider.Prefix + Permissions.RedeemCoupons)).Succeeded) return [];
        return [new ItemAction(text["Redeem"], "/admin/retention/coupons/redeem-item")];
    }
}
