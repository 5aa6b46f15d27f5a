using Crm.Core.Modules;
using Crm.Core.Tenants;
using Crm.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Crm.Users.Services;

/// <summary>Creates a new tenant's administrator (and its API key, when one is configured).</summary>
public sealed class AdminAccountSetup(UserManager<CrmUser> users, ApiKeyService apiKeys, FeatureManager features) : ITenantSetupHandler
{
    public async Task SetupAsync(TenantCreateRequest request, string adminPassword, CancellationToken cancellationToken)
    {
        var admin = new CrmUser { UserName = request.AdminUserName, Email = request.AdminEmail, EmailConfirmed = true };
        var created = await users.CreateAsync(admin, adminPassword);
        if (!created.Succeeded) throw new TenantSetupException("The admin account could not be created: " + created.Describe());
        var role = await users.AddToRoleAsync(admin, CrmRole.Administrator);
        if (!role.Succeeded) throw new TenantSetupException("The admin account could not be made Administrator: " + role.Describe());

        if (request.AdminApiKey is null) return;
        if (!await features.IsEnabledAsync("Crm.ApiKeys", cancellationToken))
        {
            throw new TenantSetupException($"An admin API key was given but recipe '{request.Recipe}' does not enable the Crm.ApiKeys feature.");
        }
        await apiKeys.CreateAsync("admin", admin.Id, [CrmRole.Administrator], request.AdminApiKey, cancellationToken: cancellationToken);
    }
}
