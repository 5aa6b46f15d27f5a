namespace Crm.Users.Models;

public sealed class CrmRole
{
    /// <summary>Administrators hold every permission, including those of features enabled later.</summary>
    public const string Administrator = "Administrator";

    public string Name { get; set; } = "";
    public string NormalizedName { get; set; } = "";
    public string Description { get; set; } = "";
}
