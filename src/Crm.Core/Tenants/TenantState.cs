namespace Crm.Core.Tenants;

public enum TenantState
{
    Uninitialized,
    Initializing,
    Running,
    Disabled,
}
