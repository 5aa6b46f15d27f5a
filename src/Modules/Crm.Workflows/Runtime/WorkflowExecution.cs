namespace Crm.Workflows.Runtime;

/// <summary>
/// Which workflow is running on this call path, so a content change it makes does not start that same workflow again
/// (an UpdateContent on the item that triggered it would otherwise loop forever).
/// </summary>
public static class WorkflowExecution
{
    private static readonly AsyncLocal<string?> Current = new();

    public static string? TypeId => Current.Value;

    public static IDisposable Enter(string typeId)
    {
        var previous = Current.Value;
        Current.Value = typeId;
        return new Exit(previous);
    }

    private sealed class Exit(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
