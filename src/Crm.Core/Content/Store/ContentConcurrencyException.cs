namespace Crm.Core.Content.Store;

/// <summary>The item changed since the caller read it; reload and apply the change again.</summary>
public sealed class ContentConcurrencyException(string id, int expected, int actual)
    : Exception($"Item {id} is at version {actual}, not {expected}: someone changed it meanwhile. Reload it and try again.")
{
    public string Id { get; } = id;
    public int ExpectedVersion { get; } = expected;
    public int ActualVersion { get; } = actual;
}
