using Crm.Tenants.Services;

namespace Crm.Tenants.Models;

/// <summary>A tenant creation's progress; <paramref name="AdminPassword"/> is set on the one page that shows it.</summary>
public sealed record TenantJobPage(TenantCreationJob Job, string? AdminPassword);
