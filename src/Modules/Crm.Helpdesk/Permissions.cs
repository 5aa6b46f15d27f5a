using Crm.Core.Security;

namespace Crm.Helpdesk;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Set the SLA targets per priority.</summary>
    public const string ManageHelpdeskSettings = "ManageHelpdeskSettings";

    /// <summary>See the SLA report (everyone's tickets, counted).</summary>
    public const string ViewSlaReport = "ViewSlaReport";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ManageHelpdeskSettings, "Set the helpdesk's SLA targets per priority", "Support"),
        new(ViewSlaReport, "See the SLA report", "Support"),
    ];
}
