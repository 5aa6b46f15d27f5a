using Crm.Core.Data;
using Crm.Core.Tenants;
using Crm.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Crm.Users.Services;

/// <summary>
/// ASP.NET Core Identity's user store over the current tenant's database. Creating, renaming and deleting a user bump the
/// tenant's cache version, so that user names kept per tenant (<see cref="UserNames"/>) are read again.
/// </summary>
public sealed class UserStore(TenantDb db, TenantCache cache, TimeProvider clock) :
    IUserPasswordStore<CrmUser>,
    IUserEmailStore<CrmUser>,
    IUserRoleStore<CrmUser>,
    IUserLockoutStore<CrmUser>,
    IUserSecurityStampStore<CrmUser>
{
    private const string Columns =
        "id, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash, security_stamp, lockout_enabled, lockout_end, access_failed_count, created_utc";

    public async Task<IdentityResult> CreateAsync(CrmUser user, CancellationToken cancellationToken)
    {
        if (user.CreatedUtc == default) user.CreatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.ExecuteAsync(
            $"""
            INSERT INTO users ({Columns}) VALUES (@Id, @UserName, @NormalizedUserName, @Email, @NormalizedEmail, @EmailConfirmed,
                @PasswordHash, @SecurityStamp, @LockoutEnabled, @LockoutEnd, @AccessFailedCount, @CreatedUtc)
            """, UserRow.From(user), cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(CrmUser user, CancellationToken cancellationToken)
    {
        // Most updates (sign-in counters, lockout, password) keep the name; only a rename drops the tenant's caches.
        var storedName = await db.ExecuteScalarAsync<string?>("SELECT user_name FROM users WHERE id = @Id", new { user.Id }, cancellationToken);
        await db.ExecuteAsync(
            """
            UPDATE users SET user_name = @UserName, normalized_user_name = @NormalizedUserName, email = @Email,
                normalized_email = @NormalizedEmail, email_confirmed = @EmailConfirmed, password_hash = @PasswordHash,
                security_stamp = @SecurityStamp, lockout_enabled = @LockoutEnabled, lockout_end = @LockoutEnd,
                access_failed_count = @AccessFailedCount
            WHERE id = @Id
            """, UserRow.From(user), cancellationToken);
        if (storedName is not null && storedName != user.UserName) await cache.InvalidateAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(CrmUser user, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync("DELETE FROM users WHERE id = @Id", new { user.Id }, cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public Task<CrmUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        FindAsync("id = @value", userId, cancellationToken);

    public Task<CrmUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindAsync("normalized_user_name = @value", normalizedUserName, cancellationToken);

    public Task<CrmUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        FindAsync("normalized_email = @value", normalizedEmail, cancellationToken);

    public async Task<IReadOnlyList<CrmUser>> ListAsync(CancellationToken cancellationToken) =>
        (await db.QueryAsync<UserRow>($"SELECT {Columns} FROM users ORDER BY user_name", null, cancellationToken)).Select(r => r.ToUser()).ToList();

    private async Task<CrmUser?> FindAsync(string where, string value, CancellationToken cancellationToken) =>
        (await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {Columns} FROM users WHERE {where}", new { value }, cancellationToken))?.ToUser();

    public async Task AddToRoleAsync(CrmUser user, string normalizedRoleName, CancellationToken cancellationToken)
    {
        var exists = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM roles WHERE normalized_name = @normalizedRoleName", new { normalizedRoleName }, cancellationToken);
        if (exists == 0) throw new InvalidOperationException($"Role '{normalizedRoleName}' does not exist.");
        await db.ExecuteAsync("INSERT INTO user_roles (user_id, role) VALUES (@Id, @normalizedRoleName) ON CONFLICT DO NOTHING",
            new { user.Id, normalizedRoleName }, cancellationToken);
    }

    public Task RemoveFromRoleAsync(CrmUser user, string normalizedRoleName, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM user_roles WHERE user_id = @Id AND role = @normalizedRoleName", new { user.Id, normalizedRoleName }, cancellationToken);

    public async Task<IList<string>> GetRolesAsync(CrmUser user, CancellationToken cancellationToken) =>
        (await db.QueryAsync<string>(
            "SELECT r.name FROM user_roles ur JOIN roles r ON r.normalized_name = ur.role WHERE ur.user_id = @Id ORDER BY r.name",
            new { user.Id }, cancellationToken)).ToList();

    public async Task<bool> IsInRoleAsync(CrmUser user, string normalizedRoleName, CancellationToken cancellationToken) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM user_roles WHERE user_id = @Id AND role = @normalizedRoleName",
            new { user.Id, normalizedRoleName }, cancellationToken) > 0;

    public async Task<IList<CrmUser>> GetUsersInRoleAsync(string normalizedRoleName, CancellationToken cancellationToken) =>
        (await db.QueryAsync<UserRow>(
            $"SELECT {Columns} FROM users WHERE id IN (SELECT user_id FROM user_roles WHERE role = @normalizedRoleName)",
            new { normalizedRoleName }, cancellationToken)).Select(r => r.ToUser()).ToList();

    public Task<string> GetUserIdAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);
    public Task<string?> GetUserNameAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);
    public Task SetUserNameAsync(CrmUser user, string? userName, CancellationToken cancellationToken) => Set(() => user.UserName = userName ?? "");
    public Task<string?> GetNormalizedUserNameAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedUserName);
    public Task SetNormalizedUserNameAsync(CrmUser user, string? normalizedName, CancellationToken cancellationToken) => Set(() => user.NormalizedUserName = normalizedName ?? "");
    public Task SetPasswordHashAsync(CrmUser user, string? passwordHash, CancellationToken cancellationToken) => Set(() => user.PasswordHash = passwordHash);
    public Task<string?> GetPasswordHashAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);
    public Task SetEmailAsync(CrmUser user, string? email, CancellationToken cancellationToken) => Set(() => user.Email = email ?? "");
    public Task<string?> GetEmailAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);
    public Task<bool> GetEmailConfirmedAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult(user.EmailConfirmed);
    public Task SetEmailConfirmedAsync(CrmUser user, bool confirmed, CancellationToken cancellationToken) => Set(() => user.EmailConfirmed = confirmed);
    public Task<string?> GetNormalizedEmailAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedEmail);
    public Task SetNormalizedEmailAsync(CrmUser user, string? normalizedEmail, CancellationToken cancellationToken) => Set(() => user.NormalizedEmail = normalizedEmail ?? "");
    public Task<DateTimeOffset?> GetLockoutEndDateAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);
    public Task SetLockoutEndDateAsync(CrmUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken) => Set(() => user.LockoutEnd = lockoutEnd);
    public Task<int> IncrementAccessFailedCountAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);
    public Task ResetAccessFailedCountAsync(CrmUser user, CancellationToken cancellationToken) => Set(() => user.AccessFailedCount = 0);
    public Task<int> GetAccessFailedCountAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);
    public Task<bool> GetLockoutEnabledAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);
    public Task SetLockoutEnabledAsync(CrmUser user, bool enabled, CancellationToken cancellationToken) => Set(() => user.LockoutEnabled = enabled);
    public Task SetSecurityStampAsync(CrmUser user, string stamp, CancellationToken cancellationToken) => Set(() => user.SecurityStamp = stamp);
    public Task<string?> GetSecurityStampAsync(CrmUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    private static Task Set(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    public void Dispose() { }

    private sealed class UserRow
    {
        public string Id { get; set; } = "";
        public string UserName { get; set; } = "";
        public string NormalizedUserName { get; set; } = "";
        public string Email { get; set; } = "";
        public string NormalizedEmail { get; set; } = "";
        public bool EmailConfirmed { get; set; }
        public string? PasswordHash { get; set; }
        public string SecurityStamp { get; set; } = "";
        public bool LockoutEnabled { get; set; }
        // Stored as ISO-8601 text: the same on both providers and exact to the tick.
        public string? LockoutEnd { get; set; }
        public int AccessFailedCount { get; set; }
        public DateTime CreatedUtc { get; set; }

        public static UserRow From(CrmUser u) => new()
        {
            Id = u.Id, UserName = u.UserName, NormalizedUserName = u.NormalizedUserName, Email = u.Email,
            NormalizedEmail = u.NormalizedEmail, EmailConfirmed = u.EmailConfirmed, PasswordHash = u.PasswordHash,
            SecurityStamp = u.SecurityStamp, LockoutEnabled = u.LockoutEnabled, LockoutEnd = u.LockoutEnd?.ToString("O"),
            AccessFailedCount = u.AccessFailedCount, CreatedUtc = u.CreatedUtc,
        };

        public CrmUser ToUser() => new()
        {
            Id = Id, UserName = UserName, NormalizedUserName = NormalizedUserName, Email = Email,
            NormalizedEmail = NormalizedEmail, EmailConfirmed = EmailConfirmed, PasswordHash = PasswordHash,
            SecurityStamp = SecurityStamp, LockoutEnabled = LockoutEnabled,
            LockoutEnd = LockoutEnd is null ? null : DateTimeOffset.Parse(LockoutEnd, System.Globalization.CultureInfo.InvariantCulture),
            AccessFailedCount = AccessFailedCount, CreatedUtc = DateTime.SpecifyKind(CreatedUtc, DateTimeKind.Utc),
        };
    }
}
