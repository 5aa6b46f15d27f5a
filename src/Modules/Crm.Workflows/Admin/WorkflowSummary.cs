using Crm.Workflows.Runtime;

namespace Crm.Workflows.Admin;

/// <summary>A row of the workflow list: the type, whether its draft differs from the published version, and its instances by status.</summary>
public sealed record WorkflowSummary(WorkflowType Type, bool DraftChanged, IReadOnlyDictionary<InstanceStatus, long> Instances)
{
    public long Count(InstanceStatus status) => Instances.GetValueOrDefault(status);

    /// <summary>Instances that still run: a workflow with any cannot be deleted.</summary>
    public long Running => Count(InstanceStatus.Pending) + Count(InstanceStatus.Waiting);
}
