namespace Crm.Retention.Coupons;

public enum CouponRefusal
{
    UnknownCode,
    Expired,
    AlreadyRedeemed,
}
