namespace Crm.Core.Content.Queries;

/// <summary>A filter, sort or cursor that cannot run; <see cref="Errors"/> names every field and value that is wrong.</summary>
public sealed class FilterException(IReadOnlyList<FilterError> errors)
    : Exception("Invalid query: " + string.Join("; ", errors))
{
    public IReadOnlyList<FilterError> Errors { get; } = errors;

    public FilterException(string path, string message) : this([new FilterError(path, message)])
    {
    }
}
