using Crm.Core.Content.Definitions;
using Crm.Core.Security;

namespace Crm.Core.Content.Security;

/// <summary>The permissions of the tenant's securable types, from its current definitions.</summary>
public sealed class ContentTypePermissions(ContentDefinitionManager definitions) : IDynamicPermissionSource
{
    public async Task<IReadOnlyList<Permission>> GetPermissionsAsync(CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).Types.Where(t => t.Settings.Securable).SelectMany(ContentPermissions.ForType).ToList();

    public bool MayExist(string permissionName) => ContentPermissions.IsTypePermission(permissionName);
}
