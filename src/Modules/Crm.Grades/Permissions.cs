using Crm.Core.Security;

namespace Crm.Grades;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>See the grade distribution and RFM grid.</summary>
    public const string ViewGrades = "ViewGrades";

    /// <summary>Edit the grade rules and recalculate grades now.</summary>
    public const string ManageGrades = "ManageGrades";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ViewGrades, "See the customer grade distribution and RFM grid", "Retention"),
        new(ManageGrades, "Edit the customer grade rules and recalculate grades", "Retention"),
    ];
}
