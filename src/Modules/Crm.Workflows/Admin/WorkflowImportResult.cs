using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Admin;

/// <summary>An import: the saved workflow, or the problems (by activity and path) that kept it from being saved.</summary>
public sealed record WorkflowImportResult(WorkflowType? Saved, IReadOnlyList<WorkflowProblem> Problems);
