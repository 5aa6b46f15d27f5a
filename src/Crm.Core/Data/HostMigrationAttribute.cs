namespace Crm.Core.Data;

/// <summary>Marks a migration that belongs to the host database (tenant registry), not to tenant databases.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class HostMigrationAttribute : Attribute;
