using Crm.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Users.Services;

/// <summary>
/// Identity's user manager with lockout on <see cref="TimeProvider"/>: on .NET 10 the base class reads
/// DateTimeOffset.UtcNow, which tests cannot move and which every clock read here must avoid.
/// </summary>
public sealed class CrmUserManager(
    IUserStore<CrmUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<CrmUser> passwordHasher,
    IEnumerable<IUserValidator<CrmUser>> userValidators,
    IEnumerable<IPasswordValidator<CrmUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<CrmUser>> logger,
    TimeProvider clock)
    : UserManager<CrmUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override Task<bool> IsLockedOutAsync(CrmUser user) =>
        Task.FromResult(user.LockoutEnabled && user.LockoutEnd is { } end && end > clock.GetUtcNow());

    public override async Task<IdentityResult> AccessFailedAsync(CrmUser user)
    {
        ThrowIfDisposed();
        user.AccessFailedCount++;
        if (user.LockoutEnabled && user.AccessFailedCount >= Options.Lockout.MaxFailedAccessAttempts)
        {
            user.LockoutEnd = clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan);
            user.AccessFailedCount = 0;
        }
        return await UpdateUserAsync(user);
    }
}
