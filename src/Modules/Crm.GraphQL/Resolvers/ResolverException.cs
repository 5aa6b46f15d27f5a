using GraphQL;

namespace Crm.GraphQL.Resolvers;

/// <summary>Carries errors out of a helper to the resolver that reports them at its field.</summary>
internal sealed class ResolverException(params IReadOnlyList<ExecutionError> errors) : Exception(string.Join("; ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<ExecutionError> Errors { get; } = errors;
}
