namespace Crm.Retention.Coupons;

/// <param name="LastDay">The last day it may be redeemed, in the tenant's calendar (what a greeting tells the customer).</param>
public sealed record IssuedCoupon(string Id, string Code, DateTimeOffset ExpiresAt, DateOnly LastDay, CouponValue Value);
