using Crm.Workflows.Definitions;

namespace Crm.Workflows.Runtime;

/// <summary>A published, immutable version of a workflow.</summary>
public sealed record WorkflowVersion(string TypeId, int Version, WorkflowDefinition Definition);
