using System.Security.Claims;
using Crm.Core.Security;
using Crm.Core.Tenants;
using Crm.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Crm.Users.Services;

/// <summary>Adds the tenant claim, so a session is only valid on the tenant that issued it.</summary>
public sealed class CrmClaimsPrincipalFactory(
    UserManager<CrmUser> users,
    RoleManager<CrmRole> roles,
    IOptions<IdentityOptions> options,
    TenantScope scope)
    : UserClaimsPrincipalFactory<CrmUser, CrmRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CrmUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CrmClaims.Tenant, scope.Tenant.Name));
        return identity;
    }
}
