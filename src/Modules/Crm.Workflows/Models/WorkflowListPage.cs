using Crm.Workflows.Admin;
using Crm.Workflows.Definitions;

namespace Crm.Workflows.Models;

/// <param name="Problems">What went wrong with the last action: a create's name, an import's activities and paths.</param>
public sealed record WorkflowListPage(IReadOnlyList<WorkflowSummary> Workflows, string? Notice, IReadOnlyList<WorkflowProblem> Problems, string? NewName = null, string? NewDisplayName = null);
