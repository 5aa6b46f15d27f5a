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
using Microsoft.Extensions.Options;

namespace Crm.GraphQL.Execution;

/// <summary>
/// Runs a request against the tenant's schema with the API's limits. Queries run serially like mutations: the request's
/// database connection serves one statement at a time, and batch loaders still resolve a whole level at once.
/// </summary>
public sealed class GraphQLExecutor(TenantSchemaCache schemas, GraphQLRequestState state, IOptions<GraphQLOptions> options, ILogger<GraphQLExecutor> logger)
{
    private static readonly IDocumentExecuter Executer = new DocumentExecuter(
        new GraphQLDocumentBuilder(),
        new DocumentValidator(),
        new DefaultExecutionStrategySelector([
            new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query),
            new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Mutation),
        ]),
        []);

    public PreparedRequest Prepare(GraphQLRequest request)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(request.Query!);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return new PreparedRequest(request, null, false);
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = request.OperationName is { } name
            ? operations.FirstOrDefault(o => o.Name is { } n && n.Value == name)
            : operations.Count == 1 ? operations[0] : null;
        return new PreparedRequest(request, document, operation?.Operation == OperationType.Mutation);
    }

    public async Task<ExecutionResult> ExecuteAsync(PreparedRequest prepared, HttpContext http)
    {
        var limits = options.Value;
        var schema = await schemas.GetAsync(http.RequestAborted);
        return await Executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            if (prepared.Document is { } document) o.Document = document;
            o.Query = prepared.Request.Query;
            o.OperationName = prepared.Request.OperationName;
            o.Variables = prepared.Request.Variables;
            o.Extensions = prepared.Request.Extensions;
            o.RequestServices = http.RequestServices;
            o.User = http.User;
            o.UserContext = new GraphQLUserContext(state);
            o.CancellationToken = http.RequestAborted;
            o.ValidationRules = DocumentValidator.CoreRules.Append(new ComplexityLimits(limits));
            o.UnhandledExceptionDelegate = context =>
            {
                logger.LogError(context.OriginalException, "GraphQL field {Field} failed", context.FieldContext?.FieldDefinition.Name);
                return Task.CompletedTask;
            };
        });
    }
}
