namespace Crm.Core.Scheduling;

/// <summary>A claimed tenant and the version of its wake-up request at the time of the claim.</summary>
public sealed class TenantWakeup
{
    public string Tenant { get; set; } = "";
    public long Version { get; set; }
}
