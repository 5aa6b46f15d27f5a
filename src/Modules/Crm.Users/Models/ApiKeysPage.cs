namespace Crm.Users.Models;

/// <param name="NewSecret">The secret of a key just created: shown once, never stored.</param>
public sealed record ApiKeysPage(IReadOnlyList<ApiKey> Keys, IReadOnlyList<CrmRole> Roles, string? NewSecret, string? Error);
