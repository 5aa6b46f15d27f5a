using Crm.Core.Security;

namespace Crm.Features;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageFeatures = "ManageFeatures";
    public const string ManageRecipes = "ManageRecipes";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ManageFeatures, "Enable and disable features", "Platform"),
        new(ManageRecipes, "Run recipes on this tenant and export it as a recipe", "Platform"),
    ];
}
