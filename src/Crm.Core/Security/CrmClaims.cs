namespace Crm.Core.Security;

public static class CrmClaims
{
    /// <summary>The tenant a principal was issued for; a principal is only valid on that tenant.</summary>
    public const string Tenant = "crm:tenant";

    /// <summary>Set when the caller authenticated with an API key (the key's id).</summary>
    public const string ApiKey = "crm:apikey";
}
