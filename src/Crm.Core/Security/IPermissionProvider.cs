namespace Crm.Core.Security;

/// <summary>A module's Permissions.cs; its permissions exist for a tenant while the provider's feature is enabled.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();
}
