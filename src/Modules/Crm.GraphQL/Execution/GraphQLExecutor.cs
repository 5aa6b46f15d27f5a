using Crm.GraphQL.Resolvers;
using Crm.GraphQL.Schema;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crm.GraphQL.Execution;

/// <summary>
/// Runs a request against the tenant's schema with the API's limits. Queries run serially like mutations: the request's
/// database connection serves one statement at a time, and batch loaders still resolve a whole level at once.
/// A query text already validated against the same schema is neither parsed nor checked by the document rules again
/// (<see cref="ValidatedDocuments"/>).
/// </summary>
public sealed class GraphQLExecutor(TenantSchemaCache schemas, GraphQLRequestState state, GraphQLValidationRules rules, ILogger<GraphQLExecutor> logger)
{
    private static readonly IDocumentExecuter Executer = new DocumentExecuter(
        new GraphQLDocumentBuilder(),
        new DocumentValidator(),
        new DefaultExecutionStrategySelector([
            new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query),
            new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Mutation),
        ]),
        []);

    public async Task<PreparedRequest> PrepareAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        var schema = await schemas.GetAsync(cancellationToken);
        var validated = ValidatedDocuments.Of(schema).Find(request.Query!);
        GraphQLDocument document;
        try
        {
            document = validated ?? GraphQLParser.Parser.Parse(request.Query!);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return new PreparedRequest(request, schema, null, false, false);
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = request.OperationName is { } name
            ? operations.FirstOrDefault(o => o.Name is { } n && n.Value == name)
            : operations.Count == 1 ? operations[0] : null;
        return new PreparedRequest(request, schema, document, operation?.Operation == OperationType.Mutation, validated is not null);
    }

    public async Task<ExecutionResult> ExecuteAsync(PreparedRequest prepared, HttpContext http)
    {
        var result = await Executer.ExecuteAsync(o =>
        {
            o.Schema = prepared.Schema;
            if (prepared.Document is { } document) o.Document = document;
            o.Query = prepared.Request.Query;
            o.OperationName = prepared.Request.OperationName;
            o.Variables = prepared.Request.Variables;
            o.Extensions = prepared.Request.Extensions;
            o.RequestServices = http.RequestServices;
            o.User = http.User;
            o.UserContext = new GraphQLUserContext(state);
            o.CancellationToken = http.RequestAborted;
            o.ValidationRules = prepared.Validated ? rules.PerRequest : rules.Full;
            o.UnhandledExceptionDelegate = context =>
            {
                logger.LogError(context.OriginalException, "GraphQL field {Field} failed", context.FieldContext?.FieldDefinition.Name);
                return Task.CompletedTask;
            };
        });
        // Executed: the document passed validation (whatever its fields then did).
        if (result.Executed && !prepared.Validated && prepared.Document is { } valid) ValidatedDocuments.Of(prepared.Schema).Add(prepared.Request.Query!, valid);
        return result;
    }
}
