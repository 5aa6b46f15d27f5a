using Crm.Workflows.Admin;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Models;

/// <summary>The instance list with its filters (status, workflow) and the workflows to filter by.</summary>
public sealed record InstanceListModel(InstanceListPage Page, InstanceStatus? Status, string? Workflow, IReadOnlyList<WorkflowType> Workflows, string? After);
