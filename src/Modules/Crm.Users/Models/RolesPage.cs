using Crm.Core.Security;

namespace Crm.Users.Models;

public sealed record RolesPage(
    IReadOnlyList<CrmRole> Roles,
    IReadOnlyList<Permission> Permissions,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Granted,
    string? Notice,
    string? Error);
