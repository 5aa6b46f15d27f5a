using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Settings;

namespace Crm.Retention.Coupons;

/// <summary>
/// Issues a coupon to a customer: a generated code, the value, and an expiry at the end of the last valid day in the
/// tenant's time zone (valid for 30 days = today and the 30 days after). The coupon is owned by the customer's owner.
/// </summary>
public sealed class CouponIssuer(ContentManager content, TenantCalendar calendar)
{
    public const int MaxValidDays = 3650;

    public async Task<IssuedCoupon> IssueAsync(ContentItem customer, CouponValue value, int validDays, string? program, CancellationToken cancellationToken)
    {
        if (validDays is < 0 or > MaxValidDays) throw new ArgumentOutOfRangeException(nameof(validDays), $"A coupon is valid for 0 to {MaxValidDays} days.");
        var lastDay = (await calendar.TodayAsync(cancellationToken)).AddDays(validDays);
        var expiresAt = await calendar.StartOfAsync(lastDay.AddDays(1), cancellationToken);
        var values = new JsonObject
        {
            [RetentionModel.Customer] = customer.Id,
            [RetentionModel.ExpiresAt] = DateTimeFieldKind.Canonical(expiresAt),
        };
        if (value.Percent is { } percent) values[RetentionModel.Percent] = percent;
        else values[RetentionModel.Amount] = new JsonObject { ["Amount"] = value.Amount, ["Currency"] = value.Currency };
        if (program is { Length: > 0 }) values[RetentionModel.Program] = program;
        var coupon = await content.CreateAsync(RetentionModel.Coupon, values, customer.Owner, cancellationToken: cancellationToken);
        return new IssuedCoupon(coupon.Id, coupon.Text(RetentionModel.Code)!, expiresAt, lastDay, value);
    }
}
