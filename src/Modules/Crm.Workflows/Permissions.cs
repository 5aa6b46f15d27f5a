using Crm.Core.Security;

namespace Crm.Workflows;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageWorkflows = "ManageWorkflows";
    public const string ViewWorkflowInstances = "ViewWorkflowInstances";
    public const string StartWorkflows = "StartWorkflows";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ManageWorkflows, "Design, test, publish and disable workflows; retry and cancel instances", "Automation"),
        new(ViewWorkflowInstances, "See workflow instances and their history", "Automation"),
        new(StartWorkflows, "Start workflows by hand on items (buttons on the screens, startWorkflow in the API)", "Automation"),
    ];
}
