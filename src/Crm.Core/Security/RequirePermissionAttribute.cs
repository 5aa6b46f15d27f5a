using Microsoft.AspNetCore.Authorization;

namespace Crm.Core.Security;

/// <summary><c>[RequirePermission("ManageUsers")]</c> on a controller or action.</summary>
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicyProvider.Prefix + permission);
