namespace Crm.Retention.Models;

public sealed record RedeemedCoupon(string Id, string Code, string Value, string? CustomerId, string? CustomerName);
