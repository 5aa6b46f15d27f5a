namespace Crm.Core.Tenants;

/// <summary>A tenant that could not be created or changed; the message says why and is safe to show.</summary>
public sealed class TenantSetupException(string message, Exception? inner = null) : Exception(message, inner);
