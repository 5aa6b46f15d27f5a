using Crm.Core.Security;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Users.Services;

/// <summary>Rejects a session cookie on any tenant other than the one that issued it, then checks the security stamp.</summary>
public static class TenantSessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var scope = context.HttpContext.RequestServices.GetRequiredService<TenantScope>();
        if (context.Principal is null || !scope.HasTenant || !context.Principal.BelongsTo(scope.Tenant))
        {
            context.RejectPrincipal();
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
