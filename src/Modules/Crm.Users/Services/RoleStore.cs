using Crm.Core.Data;
using Crm.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Crm.Users.Services;

/// <summary>ASP.NET Core Identity's role store over the current tenant's database.</summary>
public sealed class RoleStore(TenantDb db) : IRoleStore<CrmRole>
{
    public async Task<IdentityResult> CreateAsync(CrmRole role, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync("INSERT INTO roles (normalized_name, name, description) VALUES (@NormalizedName, @Name, @Description)", role, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(CrmRole role, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync("UPDATE roles SET name = @Name, description = @Description WHERE normalized_name = @NormalizedName", role, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(CrmRole role, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync("DELETE FROM roles WHERE normalized_name = @NormalizedName", role, cancellationToken);
        return IdentityResult.Success;
    }

    public Task<CrmRole?> FindByIdAsync(string roleId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<CrmRole>("SELECT name, normalized_name, description FROM roles WHERE normalized_name = @roleId", new { roleId }, cancellationToken);

    public Task<CrmRole?> FindByNameAsync(string normalizedRoleName, CancellationToken cancellationToken) =>
        FindByIdAsync(normalizedRoleName, cancellationToken);

    public Task<IReadOnlyList<CrmRole>> ListAsync(CancellationToken cancellationToken) =>
        db.QueryAsync<CrmRole>("SELECT name, normalized_name, description FROM roles ORDER BY name", null, cancellationToken);

    public Task<string> GetRoleIdAsync(CrmRole role, CancellationToken cancellationToken) => Task.FromResult(role.NormalizedName);
    public Task<string?> GetRoleNameAsync(CrmRole role, CancellationToken cancellationToken) => Task.FromResult<string?>(role.Name);
    public Task<string?> GetNormalizedRoleNameAsync(CrmRole role, CancellationToken cancellationToken) => Task.FromResult<string?>(role.NormalizedName);

    public Task SetRoleNameAsync(CrmRole role, string? roleName, CancellationToken cancellationToken)
    {
        role.Name = roleName ?? "";
        return Task.CompletedTask;
    }

    public Task SetNormalizedRoleNameAsync(CrmRole role, string? normalizedName, CancellationToken cancellationToken)
    {
        role.NormalizedName = normalizedName ?? "";
        return Task.CompletedTask;
    }

    public void Dispose() { }
}
