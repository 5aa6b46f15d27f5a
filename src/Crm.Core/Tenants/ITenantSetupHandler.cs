namespace Crm.Core.Tenants;

/// <summary>
/// Completes a new tenant after its recipe ran, in the same transaction (the users module creates the admin
/// account and API key here).
/// </summary>
public interface ITenantSetupHandler
{
    Task SetupAsync(TenantCreateRequest request, string adminPassword, CancellationToken cancellationToken);
}
