using Crm.Core.Security;
using Crm.GraphQL.Execution;
using GraphQL;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Crm.GraphQL.Http;

/// <summary>
/// The GraphQL-over-HTTP transport: negotiates the response type, authenticates (401) and authorizes (403) the caller,
/// reads the request (400, 405, 413, 415), runs it, and answers 200 — or 400 when the document did not parse or validate
/// and the client accepts <c>application/graphql-response+json</c>, as the specification asks.
/// Cookie-authenticated POSTs cannot be forged by other sites: only application/json is read, which a cross-site form cannot send.
/// </summary>
public sealed class GraphQLHttpHandler(
    GraphQLRequestReader reader, GraphQLExecutor executor, IGraphQLTextSerializer serializer, IAuthorizationService authorization, IStringLocalizer<GraphQLText> text)
{
    public async Task HandleAsync(HttpContext http, int maxRequestBytes)
    {
        var mediaType = ResponseMediaType.Choose(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, ResponseMediaType.Json, new TransportError(StatusCodes.Status406NotAcceptable, ErrorCodes.BadRequest,
                $"Accept {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}."));
            return;
        }
        if (http.User.Identity?.IsAuthenticated != true)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, mediaType, new TransportError(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                text["Send an API key (Authorization: Bearer <key>) or sign in."]));
            return;
        }
        if (!(await authorization.AuthorizeAsync(http.User, PermissionPolicyProvider.Prefix + Permissions.AccessGraphQL)).Succeeded)
        {
            await WriteErrorAsync(http, mediaType, new TransportError(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden,
                text["Your roles do not grant {0}.", Permissions.AccessGraphQL]));
            return;
        }

        var (request, error) = await reader.ReadAsync(http.Request, maxRequestBytes, http.RequestAborted);
        if (error is not null)
        {
            if (error.Status == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, mediaType, error);
            return;
        }

        var prepared = await executor.PrepareAsync(request!, http.RequestAborted);
        if (HttpMethods.IsGet(http.Request.Method) && prepared.IsMutation)
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, mediaType, new TransportError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest, text["Mutations must be sent with POST."]));
            return;
        }
        var result = await executor.ExecuteAsync(prepared, http);
        http.Response.StatusCode = mediaType == ResponseMediaType.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task WriteErrorAsync(HttpContext http, string mediaType, TransportError error)
    {
        http.Response.StatusCode = error.Status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(error.Message) { Code = error.Code });
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
