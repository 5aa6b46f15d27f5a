namespace Crm.Retention.Models;

/// <param name="Refusal">Why the code was refused, in the user's language.</param>
/// <param name="Redeemed">The coupon just redeemed (code, value, customer).</param>
public sealed record RedeemPage(string Code, string? Refusal = null, RedeemedCoupon? Redeemed = null);
