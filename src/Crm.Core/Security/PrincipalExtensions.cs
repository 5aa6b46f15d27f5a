using System.Security.Claims;
using Crm.Core.Tenants;

namespace Crm.Core.Security;

public static class PrincipalExtensions
{
    public static bool BelongsTo(this ClaimsPrincipal principal, TenantRuntime tenant) =>
        principal.Identity?.IsAuthenticated == true &&
        string.Equals(principal.FindFirstValue(CrmClaims.Tenant), tenant.Name, StringComparison.OrdinalIgnoreCase);
}
