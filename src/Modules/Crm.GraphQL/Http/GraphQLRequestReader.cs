using System.Text;
using System.Text.Json;
using Crm.GraphQL.Execution;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Crm.GraphQL.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: GET with query, operationName, variables and extensions in the query string; POST
/// with a JSON body. Anything else is refused with the status the specification gives and a message saying why.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public async Task<(GraphQLRequest? Request, TransportError? Error)> ReadAsync(HttpRequest http, int maxBytes, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method)) return FromQueryString(http, maxBytes);
        if (!HttpMethods.IsPost(http.Method)) return Fail(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest, "Use GET for queries or POST.");

        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType) || !string.Equals(contentType.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest, $"POST a JSON body with Content-Type: application/json (got '{http.ContentType}').");
        }
        if (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest, $"The body must be UTF-8 (got charset {contentType.Charset}).");
        }
        if (http.ContentLength > maxBytes) return TooLarge(maxBytes);

        var body = await ReadBodyAsync(http.Body, http.ContentLength, maxBytes, cancellationToken);
        if (body is null) return TooLarge(maxBytes);
        return await ParseAsync(body.Value, cancellationToken);
    }

    private (GraphQLRequest?, TransportError?) FromQueryString(HttpRequest http, int maxBytes)
    {
        if (http.QueryString.Value?.Length > maxBytes) return TooLarge(maxBytes);
        var query = http.Query;
        var request = new GraphQLRequest { Query = query["query"].ToString(), OperationName = NullIfEmpty(query["operationName"].ToString()) };
        try
        {
            if (NullIfEmpty(query["variables"].ToString()) is { } variables) request.Variables = serializer.Deserialize<Inputs>(variables);
            if (NullIfEmpty(query["extensions"].ToString()) is { } extensions) request.Extensions = serializer.Deserialize<Inputs>(extensions);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return Fail(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"variables and extensions must be JSON objects: {e.Message}");
        }
        return Checked(request);
    }

    /// <summary>The body's JSON, read from its UTF-8 bytes (no string of the whole body).</summary>
    private async Task<(GraphQLRequest?, TransportError?)> ParseAsync(ArraySegment<byte> body, CancellationToken cancellationToken)
    {
        var first = FirstNonWhitespace(body);
        if (first == '[') return Fail(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "Batched requests (a JSON array) are not supported; send one request per POST.");
        if (first != '{') return Fail(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The body must be a JSON object with a query.");
        try
        {
            using var stream = new MemoryStream(body.Array!, body.Offset, body.Count, writable: false);
            return Checked(await serializer.ReadAsync<GraphQLRequest>(stream, cancellationToken));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return Fail(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"The body is not a valid GraphQL request: {e.Message}");
        }
    }

    /// <summary>The first byte that is not JSON whitespace (after a UTF-8 byte order mark), or 0.</summary>
    private static byte FirstNonWhitespace(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(Encoding.UTF8.Preamble)) body = body[Encoding.UTF8.Preamble.Length..];
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return b;
        }
        return 0;
    }

    private static (GraphQLRequest?, TransportError?) Checked(GraphQLRequest? request) =>
        string.IsNullOrWhiteSpace(request?.Query)
            ? Fail(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The request has no query.")
            : (request, null);

    /// <summary>
    /// The body, or null when it is longer than <paramref name="maxBytes"/> (also without a Content-Length). With a
    /// Content-Length (what clients send) it is read into an array of that size; without one, in growing chunks.
    /// </summary>
    private static async Task<ArraySegment<byte>?> ReadBodyAsync(Stream body, long? contentLength, int maxBytes, CancellationToken cancellationToken)
    {
        if (contentLength is { } length)
        {
            var exact = new byte[length];
            var filled = await body.ReadAtLeastAsync(exact, exact.Length, throwOnEndOfStream: false, cancellationToken);
            return new ArraySegment<byte>(exact, 0, filled);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static (GraphQLRequest?, TransportError?) TooLarge(int maxBytes) =>
        Fail(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request is larger than {maxBytes:N0} bytes.");

    private static (GraphQLRequest?, TransportError?) Fail(int status, string code, string message) => (null, new TransportError(status, code, message));

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
