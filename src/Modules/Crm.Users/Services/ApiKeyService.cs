using System.Security.Cryptography;
using System.Text;
using Crm.Core.Data;
using Crm.Core.Tenants;
using Crm.Users.Models;

namespace Crm.Users.Services;

/// <summary>
/// Creates, lists, revokes and verifies API keys. Keys are long random secrets; only their SHA-256 is stored
/// (a slow hash buys nothing for 256-bit secrets and would cost every API call). Verified keys are kept in the tenant
/// cache (<see cref="VerifiedApiKeys"/>), so an API call usually reads no key.
/// </summary>
public sealed class ApiKeyService(TenantDb db, TenantCache cache, RoleStore roles, UserStore users, TimeProvider clock)
{
    public const int MinimumKeyLength = 24;
    private const string Columns = "id, name, user_id, secret_hash, roles, created_utc, expires_utc, revoked_utc, last_used_utc";

    /// <summary>Creates a key; returns it with the secret, which is never shown again.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(
        string name, string userId, IReadOnlyCollection<string> roleNames, string? secret = null, DateTime? expiresUtc = null,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100) throw new ArgumentException("Name is required (at most 100 characters).");
        if (await FindByNameAsync(name, cancellationToken) is not null) throw new ArgumentException($"An API key named '{name}' already exists.");
        if (await users.FindByIdAsync(userId, cancellationToken) is null) throw new ArgumentException($"User '{userId}' does not exist.");
        if (roleNames.Count == 0) throw new ArgumentException("An API key needs at least one role.");
        foreach (var role in roleNames)
        {
            if (await roles.FindByNameAsync(role.ToUpperInvariant(), cancellationToken) is null) throw new ArgumentException($"Role '{role}' does not exist.");
        }
        if (secret is not null && secret.Length < MinimumKeyLength) throw new ArgumentException($"An API key must be at least {MinimumKeyLength} characters long.");

        secret ??= "crm_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Id = Ulid.NewUlid().ToString(),
            Name = name.Trim(),
            UserId = userId,
            SecretHash = Hash(secret),
            Roles = string.Join(',', roleNames),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            ExpiresUtc = expiresUtc,
        };
        await db.ExecuteAsync(
            $"INSERT INTO api_keys ({Columns}) VALUES (@Id, @Name, @UserId, @SecretHash, @Roles, @CreatedUtc, @ExpiresUtc, @RevokedUtc, @LastUsedUtc)",
            key, cancellationToken);
        return (key, secret);
    }

    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        db.QueryAsync<ApiKey>($"SELECT {Columns} FROM api_keys ORDER BY name", null, cancellationToken);

    public Task<ApiKey?> FindByNameAsync(string name, CancellationToken cancellationToken = default) =>
        db.QuerySingleOrDefaultAsync<ApiKey>($"SELECT {Columns} FROM api_keys WHERE lower(name) = lower(@name)", new { name }, cancellationToken);

    /// <summary>Revokes a key; the tenant's verified keys are dropped when the revocation commits.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        var revoked = await db.ExecuteAsync("UPDATE api_keys SET revoked_utc = @now WHERE id = @id AND revoked_utc IS NULL",
            new { id, now = clock.GetUtcNow().UtcDateTime }, cancellationToken) > 0;
        if (revoked) await cache.InvalidateAsync(cancellationToken);
        return revoked;
    }

    /// <summary>The live (not revoked, not expired) key with this secret, or null. Its last use is recorded once a minute at most.</summary>
    public async Task<ApiKey?> VerifyAsync(string secret, CancellationToken cancellationToken = default)
    {
        var hash = Hash(secret);
        // The set is taken before the key is read: a revocation committing after the read drops this set, not a newer one.
        var verified = await cache.GetOrCreateAsync(VerifiedApiKeys.CacheKey, _ => Task.FromResult(new VerifiedApiKeys()), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var key = verified.Find(hash);
        if (key is null)
        {
            key = await db.QuerySingleOrDefaultAsync<ApiKey>($"SELECT {Columns} FROM api_keys WHERE secret_hash = @hash", new { hash }, cancellationToken);
            if (key is null || key.RevokedUtc is not null) return null;
            verified.Add(hash, key);
        }
        if (key.ExpiresUtc <= now) return null;
        if (verified.ClaimLastUsedWrite(hash, now))
        {
            await db.ExecuteAsync("UPDATE api_keys SET last_used_utc = @now WHERE id = @Id", new { key.Id, now }, cancellationToken);
        }
        return key;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
