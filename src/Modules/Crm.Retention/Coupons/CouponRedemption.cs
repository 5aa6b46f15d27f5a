using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Settings;

namespace Crm.Retention.Coupons;

/// <summary>
/// Redeems a coupon once: an unknown code, an expired coupon or one already redeemed is refused with a message that says
/// which (and when), and nothing is written. The redemption is a versioned update, so two tills redeeming the same coupon at
/// once cannot both succeed: the second finds it redeemed.
/// </summary>
public sealed class CouponRedemption(ContentManager content, CouponLookup lookup, TenantTimeZone timeZone, TimeProvider clock)
{
    public async Task<ContentItem> RedeemCodeAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = CouponCodes.Normalize(code ?? "");
        if (normalized.Length == 0) throw new CouponRefusedException(CouponRefusal.UnknownCode, "Enter the coupon's code.");
        var coupon = await lookup.FindAsync(normalized, cancellationToken)
                     ?? throw new CouponRefusedException(CouponRefusal.UnknownCode, "No coupon has the code {0}.", normalized);
        return await RedeemAsync(coupon, cancellationToken);
    }

    public async Task<ContentItem> RedeemAsync(ContentItem coupon, CancellationToken cancellationToken)
    {
        var code = coupon.Text(RetentionModel.Code) ?? coupon.Id;
        if (coupon.ContentType != RetentionModel.Coupon || coupon.DeletedUtc is not null)
        {
            throw new CouponRefusedException(CouponRefusal.UnknownCode, "No coupon has the code {0}.", code);
        }
        var zone = await timeZone.GetAsync(cancellationToken);
        if (coupon.Text(RetentionModel.RedeemedAt) is { } redeemed)
        {
            throw new CouponRefusedException(CouponRefusal.AlreadyRedeemed, "Coupon {0} was already redeemed on {1}.", code, Local(redeemed, zone));
        }
        var now = clock.GetUtcNow();
        if (coupon.Text(RetentionModel.ExpiresAt) is { } expires && Parse(expires) <= now)
        {
            throw new CouponRefusedException(CouponRefusal.Expired, "Coupon {0} expired on {1}.", code, Local(expires, zone));
        }
        try
        {
            return await content.UpdateAsync(coupon.Id, new JsonObject { [RetentionModel.RedeemedAt] = DateTimeFieldKind.Canonical(now) }, coupon.Version, cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            var current = await content.GetAsync(coupon.Id, cancellationToken: cancellationToken);
            if (current?.Text(RetentionModel.RedeemedAt) is { } meanwhile)
            {
                throw new CouponRefusedException(CouponRefusal.AlreadyRedeemed, "Coupon {0} was already redeemed on {1}.", code, Local(meanwhile, zone));
            }
            throw;
        }
    }

    private static DateTimeOffset Parse(string canonical) => DateTimeOffset.Parse(canonical, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>"2026-12-24 18:05" in the tenant's time zone.</summary>
    private static string Local(string canonical, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(Parse(canonical), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
