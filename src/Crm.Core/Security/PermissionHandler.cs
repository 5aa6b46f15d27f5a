using System.Security.Claims;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace Crm.Core.Security;

/// <summary>Grants a permission when the principal belongs to the current tenant and one of its roles grants it.</summary>
public sealed class PermissionHandler(TenantScope scope, IRolePermissions rolePermissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (!scope.HasTenant || !context.User.BelongsTo(scope.Tenant)) return;
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        var granted = await rolePermissions.GrantedAsync(roles, CancellationToken.None);
        if (granted.Contains(requirement.Permission)) context.Succeed(requirement);
    }
}
