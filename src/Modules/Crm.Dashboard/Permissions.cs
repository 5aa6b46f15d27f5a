using Crm.Core.Security;

namespace Crm.Dashboard;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>See the team's figures (every rep's activities, the funnel, revenue, KPIs) on the dashboard.</summary>
    public const string ViewTeamDashboard = "ViewTeamDashboard";

    public IEnumerable<Permission> GetPermissions() => [new(ViewTeamDashboard, "See the team's figures on the dashboard", "Sales")];
}
