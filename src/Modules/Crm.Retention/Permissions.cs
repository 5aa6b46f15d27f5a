using Crm.Core.Security;

namespace Crm.Retention;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>See the retention programs and their outcomes.</summary>
    public const string ViewRetentionPrograms = "ViewRetentionPrograms";

    /// <summary>Change a program's holdout share, response window and quiet days.</summary>
    public const string ManageRetentionPrograms = "ManageRetentionPrograms";

    /// <summary>Redeem a customer's coupon.</summary>
    public const string RedeemCoupons = "RedeemCoupons";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ViewRetentionPrograms, "See the retention programs and their outcomes", "Marketing"),
        new(ManageRetentionPrograms, "Change the retention programs' settings (holdout, window, quiet days)", "Marketing"),
        new(RedeemCoupons, "Redeem coupons", "Marketing"),
    ];
}
