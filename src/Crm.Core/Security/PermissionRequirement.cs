using Microsoft.AspNetCore.Authorization;

namespace Crm.Core.Security;

public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}
