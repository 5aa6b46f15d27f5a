namespace Crm.Workflows.Definitions;

/// <param name="ActivityId">The activity the problem is in ("" for the workflow itself), so the designer can mark it.</param>
/// <param name="Path">The setting ("properties.to", "transitions[2]").</param>
public sealed record WorkflowProblem(string ActivityId, string Path, string Message)
{
    public override string ToString() => ActivityId.Length == 0 ? $"{Path}: {Message}" : $"{ActivityId} ({Path}): {Message}";
}
