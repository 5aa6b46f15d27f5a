using GraphQL.Transport;
using GraphQLParser.AST;

namespace Crm.GraphQL.Execution;

/// <summary>A request with its document parsed once (null when it does not parse: the executor then reports the syntax error).</summary>
public sealed record PreparedRequest(GraphQLRequest Request, GraphQLDocument? Document, bool IsMutation);
