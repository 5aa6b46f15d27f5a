using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Security;
using Crm.Core.Tenants;

namespace Crm.Core.Content.Security;

/// <summary>
/// Decides what a user may do with a type's items — the same rules for screens, the API and bulk actions.
/// "Own" rights cover items whose owner is the user; lists of a user who has only those see only their items.
/// </summary>
public sealed class ContentAuthorizer(IRolePermissions roles, TenantScope scope)
{
    public async Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, ContentTypeDefinition type, string? owner, CancellationToken cancellationToken = default)
    {
        var granted = await GrantedAsync(user, cancellationToken);
        if (granted.Contains(ContentPermissions.Name(action, own: false, type))) return true;
        return action != ContentAction.Create
               && owner is not null && owner == UserId(user)
               && granted.Contains(ContentPermissions.Name(action, own: true, type));
    }

    /// <summary>Which items of the type the user may see in lists: all, only their own, or none.</summary>
    public async Task<ContentScope> ViewScopeAsync(ClaimsPrincipal user, ContentTypeDefinition type, CancellationToken cancellationToken = default)
    {
        var granted = await GrantedAsync(user, cancellationToken);
        if (granted.Contains(ContentPermissions.Name(ContentAction.View, own: false, type))) return ContentScope.All;
        return granted.Contains(ContentPermissions.Name(ContentAction.View, own: true, type)) && UserId(user) is not null ? ContentScope.Own : ContentScope.None;
    }

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    private async Task<IReadOnlySet<string>> GrantedAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        scope.HasTenant && user.BelongsTo(scope.Tenant)
            ? await roles.GrantedAsync(user.FindAll(ClaimTypes.Role).Select(c => c.Value), cancellationToken)
            : new HashSet<string>();
}
