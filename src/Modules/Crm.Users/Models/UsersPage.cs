namespace Crm.Users.Models;

public sealed record UserRow(CrmUser User, IReadOnlyList<string> Roles, bool IsLockedOut);

public sealed record UsersPage(IReadOnlyList<UserRow> Users, IReadOnlyList<CrmRole> Roles, string? Notice, string? Error);
