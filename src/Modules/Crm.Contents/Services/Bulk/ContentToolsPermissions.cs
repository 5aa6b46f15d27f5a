using System.Security.Claims;
using Crm.Core.Content.Security;
using Crm.Core.Security;
using Crm.Core.Tenants;

namespace Crm.Contents.Services.Bulk;

/// <summary>
/// The general content permissions that are not about one item (exporting). Checked like the content authorizer does:
/// only for a user of the current tenant.
/// </summary>
public sealed class ContentToolsPermissions(IRolePermissions roles, TenantScope scope)
{
    public async Task<bool> CanExportAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        scope.HasTenant && user.BelongsTo(scope.Tenant)
        && (await roles.GrantedAsync(user.FindAll(ClaimTypes.Role).Select(c => c.Value), cancellationToken)).Contains(ContentPermissions.ExportContent);
}
