using Crm.Core.Data;

namespace Crm.Core.Hosting;

/// <summary>The "Crm" configuration section (appsettings, Crm__... environment variables, command line).</summary>
public sealed class CrmOptions
{
    public const string Section = "Crm";

    /// <summary>Holds host.db, the tenants' SQLite files (Sites/{tenant}/crm.db) and data-protection keys.</summary>
    public string DataDir { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    public AdminOptions Admin { get; set; } = new();

    /// <summary>Extra folder to load recipes from (the host's recipes/ folder is always read).</summary>
    public string? RecipesPath { get; set; }

    /// <summary>The recipe the default tenant is created from on first start.</summary>
    public string DefaultRecipe { get; set; } = "crm";
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL: the database holding the host schema and (by default) the tenants' schemas.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class AdminOptions
{
    public string UserName { get; set; } = "admin";
    public string Email { get; set; } = "admin@localhost";

    /// <summary>The default tenant's admin password; generated and printed once when empty.</summary>
    public string? Password { get; set; }

    /// <summary>When set, registered as the default tenant admin's API key at setup.</summary>
    public string? ApiKey { get; set; }
}
