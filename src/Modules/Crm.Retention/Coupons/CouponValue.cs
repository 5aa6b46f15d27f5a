using System.Globalization;

namespace Crm.Retention.Coupons;

/// <summary>What a coupon is worth: an amount of money off, or a percentage off (exactly one).</summary>
public sealed record CouponValue(decimal? Amount, string? Currency, decimal? Percent)
{
    public static CouponValue Off(decimal amount, string currency) => new(amount, currency, null);

    public static CouponValue PercentOff(decimal percent) => new(null, null, percent);

    /// <summary>"10%" or "5,000 KRW", for messages and templates.</summary>
    public string Text => Percent is { } p
        ? p.ToString("0.##", CultureInfo.InvariantCulture) + "%"
        : string.Format(CultureInfo.InvariantCulture, "{0:N0} {1}", Amount, Currency);
}
