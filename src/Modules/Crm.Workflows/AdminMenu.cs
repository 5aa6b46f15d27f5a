using Crm.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Crm.Workflows;

public sealed class AdminMenu(IStringLocalizer<WorkflowsText> text) : IAdminMenu
{
    public IEnumerable<AdminMenuItem> Items() =>
    [
        new(text["Automation"], text["Workflows"], "/admin/workflows", Permissions.ManageWorkflows, 1),
        new(text["Automation"], text["Workflow instances"], "/admin/workflows/instances", Permissions.ViewWorkflowInstances, 2),
    ];
}
