using Crm.Core.Security;

namespace Crm.Customers;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Set how many days each stage and grade may go without contact.</summary>
    public const string ManageRecencySettings = "ManageRecencySettings";

    public IEnumerable<Permission> GetPermissions() => [new(ManageRecencySettings, "Set the recency rules (days without contact per stage and grade)", "Sales")];
}
