using System.Security.Claims;
using Crm.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Users.Controllers;

/// <summary>Who the caller is on this tenant: the smallest authenticated API, used by integrators to check a key.</summary>
[ApiController]
[Authorize]
public sealed class MeApiController(IRolePermissions permissions) : ControllerBase
{
    [HttpGet("/api/me")]
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        var roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var granted = await permissions.GrantedAsync(roles, cancellationToken);
        return Ok(new
        {
            userId = User.FindFirstValue(ClaimTypes.NameIdentifier),
            name = User.Identity!.Name,
            tenant = User.FindFirstValue(CrmClaims.Tenant),
            apiKey = User.FindFirstValue(CrmClaims.ApiKey),
            roles,
            permissions = granted.Order().ToList(),
        });
    }
}
