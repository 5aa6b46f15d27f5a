using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Crm.GraphQL.Execution;

/// <summary>
/// A request with the tenant's schema and its document parsed once (null when it does not parse: the executor then
/// reports the syntax error). <paramref name="Validated"/>: the document already passed the document rules against this
/// schema (<see cref="ValidatedDocuments"/>).
/// </summary>
public sealed record PreparedRequest(GraphQLRequest Request, ISchema Schema, GraphQLDocument? Document, bool IsMutation, bool Validated);
