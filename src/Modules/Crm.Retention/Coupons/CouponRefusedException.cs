namespace Crm.Retention.Coupons;

/// <summary>Why a coupon cannot be redeemed. <see cref="Template"/> is the English text (the translation key) with {0}-style arguments.</summary>
public sealed class CouponRefusedException(CouponRefusal reason, string template, params object[] arguments)
    : Exception(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, arguments))
{
    public CouponRefusal Reason { get; } = reason;
    public string Template { get; } = template;
    public object[] Arguments { get; } = arguments;
}
