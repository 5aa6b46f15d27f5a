namespace Crm.GraphQL.Resolvers;

/// <summary>
/// The execution's user context, carrying the request's <see cref="GraphQLRequestState"/> so resolvers reach it with a
/// cast instead of a scoped service lookup per field (which took a lock per resolved node).
/// </summary>
internal sealed class GraphQLUserContext(GraphQLRequestState state) : Dictionary<string, object?>
{
    public GraphQLRequestState State { get; } = state;
}
