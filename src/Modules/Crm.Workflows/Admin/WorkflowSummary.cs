using Crm.Workflows.Runtime;

namespace Crm.Workflows.Admin;

/// <summary>A row of the workflow list: the type, whether its draft differs from the published version, and its instances by status.</summary>
/// <param name="HasSweep">The published version starts by a sweep: the list offers to run it now.</param>
public sealed record WorkflowSummary(WorkflowType Type, bool DraftChanged, IReadOnlyDictionary<InstanceStatus, long> Instances, bool HasSweep)
{
    public long Count(InstanceStatus status) => Instances.GetValueOrDefault(status);

    /// <summary>Instances that still run: a workflow with any cannot be deleted.</summary>
    public long Running => Count(InstanceStatus.Pending) + Count(InstanceStatus.Waiting);
}
