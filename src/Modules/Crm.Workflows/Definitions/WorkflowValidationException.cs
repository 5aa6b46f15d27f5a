namespace Crm.Workflows.Definitions;

/// <summary>A workflow that cannot be saved or published; nothing was changed. One problem per activity setting.</summary>
public sealed class WorkflowValidationException(IReadOnlyList<WorkflowProblem> problems)
    : Exception("The workflow has problems: " + string.Join("; ", problems))
{
    public IReadOnlyList<WorkflowProblem> Problems { get; } = problems;
}
