namespace Crm.Core.Security;

/// <summary>User names for ids (owners, history entries) in the current tenant; implemented by the users module.</summary>
public interface IUserDirectory
{
    /// <summary>Names of the ids that are users; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default);
}
