namespace Crm.Core.Security;

/// <summary>Permissions that exist per tenant (e.g. one set per securable content type), read from the tenant's own data.</summary>
public interface IDynamicPermissionSource
{
    Task<IReadOnlyList<Permission>> GetPermissionsAsync(CancellationToken cancellationToken);

    /// <summary>Whether a name has this source's shape, so a recipe can name such a permission before its type exists.</summary>
    bool MayExist(string permissionName);
}
