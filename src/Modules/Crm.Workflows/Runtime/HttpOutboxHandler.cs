using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Crm.Core.Outbox;
using Crm.Workflows.Activities;

namespace Crm.Workflows.Runtime;

/// <summary>
/// Delivers the HttpRequest activity's requests. Server errors, timeouts and network failures are retried by the outbox
/// with backoff; a client error (4xx) will not get better and fails at once. The answer (status, headers, body up to
/// 64 KB) becomes the activity's output.
/// </summary>
public sealed class HttpOutboxHandler(IHttpClientFactory clients) : IOutboxHandler
{
    private const int MaxBodyChars = 64 * 1024;

    public string Kind => HttpRequestActivity.OutboxKind;

    public async Task<JsonObject?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.Payload;
        using var request = new HttpRequestMessage(new HttpMethod(payload["method"]!.GetValue<string>()), payload["url"]!.GetValue<string>());
        if (payload["body"]?.GetValue<string>() is { Length: > 0 } body)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(payload["contentType"]?.GetValue<string>() ?? "application/json");
        }
        foreach (var (name, value) in payload["headers"] as JsonObject ?? [])
        {
            if (value?.GetValue<string>() is { } header && !request.Headers.TryAddWithoutValidation(name, header)) request.Content?.Headers.TryAddWithoutValidation(name, header);
        }
        using var response = await clients.CreateClient(nameof(HttpOutboxHandler)).SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        if (status >= 500) throw new HttpRequestException($"{request.Method} {request.RequestUri} answered {status}.");
        if (status >= 400) throw new OutboxPermanentException($"{request.Method} {request.RequestUri} answered {status}: {Truncate(text, 500)}");
        return new JsonObject
        {
            ["status"] = status,
            ["body"] = Truncate(text, MaxBodyChars),
            ["json"] = TryJson(text),
            ["contentType"] = response.Content.Headers.ContentType?.ToString(),
        };
    }

    private static JsonNode? TryJson(string text)
    {
        try
        {
            return text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[') ? JsonNode.Parse(text) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
