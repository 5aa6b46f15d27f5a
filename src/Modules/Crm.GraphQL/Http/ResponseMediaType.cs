using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Crm.GraphQL.Http;

/// <summary>
/// The response media type by the Accept header (GraphQL over HTTP): <c>application/graphql-response+json</c> when the
/// client accepts it, else <c>application/json</c> (also when Accept is absent); null when the client accepts neither.
/// </summary>
public static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string? Choose(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0) return Json;
        string? chosen = null;
        double best = 0;
        foreach (var range in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var quality = range.Quality ?? 1;
            if (quality <= 0 || quality <= best && chosen is not null) continue;
            var candidate = Match(range);
            if (candidate is null) continue;
            chosen = candidate;
            best = quality;
        }
        return chosen;
    }

    private static string? Match(MediaTypeHeaderValue range)
    {
        var type = range.MediaType.Value?.ToLowerInvariant();
        return type switch
        {
            GraphQLResponse => GraphQLResponse,
            Json => Json,
            "application/*" or "*/*" => GraphQLResponse,
            _ => null,
        };
    }
}
