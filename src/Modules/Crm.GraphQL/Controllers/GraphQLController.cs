using Crm.GraphQL.Execution;
using Crm.GraphQL.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Crm.GraphQL.Controllers;

/// <summary>The API endpoint, /api/graphql (under the tenant's prefix); the transport answers for itself, including 401/403.</summary>
public sealed class GraphQLController(GraphQLHttpHandler handler, IOptions<GraphQLOptions> options) : ControllerBase
{
    [AcceptVerbs("GET", "POST", "PUT", "PATCH", "DELETE", Route = "/api/graphql")]
    public Task Execute() => handler.HandleAsync(HttpContext, options.Value.MaxRequestBytes);
}
