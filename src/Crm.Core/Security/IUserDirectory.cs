namespace Crm.Core.Security;

/// <summary>User names for ids (owners, history entries) in the current tenant, and ids for names; implemented by the users module.</summary>
public interface IUserDirectory
{
    /// <summary>Names of the ids that are users; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>The id of the user with this name (case-insensitive), or null when there is none.</summary>
    Task<string?> IdOfAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>User names containing <paramref name="term"/> (case-insensitive; all when empty), in name order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> SearchNamesAsync(string? term, int limit, CancellationToken cancellationToken = default);

    /// <summary>The tenant's role names, in name order (workflow notifications to a role, role pickers).</summary>
    Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken = default);
}
