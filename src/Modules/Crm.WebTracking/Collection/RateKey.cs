namespace Crm.WebTracking.Collection;

/// <summary>What a rate limit counts: one tenant's hits of one kind (visitor, ip, form-ip, form-visitor) from one value.</summary>
public readonly record struct RateKey(string Tenant, string Counter, string Value)
{
    public override string ToString() => $"{Tenant}|{Counter}|{Value}";
}
