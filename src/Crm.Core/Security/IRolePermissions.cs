namespace Crm.Core.Security;

/// <summary>Answers which permissions a set of roles grants in the current tenant (implemented by the users module).</summary>
public interface IRolePermissions
{
    Task<IReadOnlySet<string>> GrantedAsync(IEnumerable<string> roles, CancellationToken cancellationToken);
}
