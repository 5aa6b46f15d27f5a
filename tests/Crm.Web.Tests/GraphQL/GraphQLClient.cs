using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Web.Tests.GraphQL;

/// <summary>Posts GraphQL requests the way a standard client does, with an API key, and reads the answer as JSON.</summary>
public sealed class GraphQLClient(HttpClient http, string? apiKey, string endpoint = "/api/graphql")
{
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>
    /// The Accept-Language to send unless the HttpClient sends its own (a browser's): en-US, as browsers send one, or none
    /// (null) — the tenant's culture then decides, and the platform and crm recipes' is Korean.
    /// </summary>
    public string? Language { get; init; } = "en-US";

    /// <summary>The same caller, asking for answers in <paramref name="language"/> (e.g. "ko"), or saying nothing (null).</summary>
    public GraphQLClient In(string? language) => new(http, apiKey, endpoint) { Language = language };

    public async Task<GraphQLAnswer> PostAsync(string query, object? variables = null, string accept = GraphQLResponse)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return await SendAsync(HttpMethod.Post, endpoint, new StringContent(body, Encoding.UTF8, "application/json"), accept);
    }

    public Task<GraphQLAnswer> GetAsync(string query, string accept = GraphQLResponse) =>
        SendAsync(HttpMethod.Get, $"{endpoint}?query={Uri.EscapeDataString(query)}", null, accept);

    public async Task<GraphQLAnswer> SendAsync(HttpMethod method, string url, HttpContent? content, string? accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (apiKey is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        if (Language is not null && http.DefaultRequestHeaders.AcceptLanguage.Count == 0) request.Headers.AcceptLanguage.ParseAdd(Language);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        try
        {
            json = text.Length > 0 ? JsonNode.Parse(text) : null;
        }
        catch (JsonException)
        {
        }
        return new GraphQLAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, json, text);
    }

    /// <summary>Runs a query that must succeed and returns its data.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var answer = await PostAsync(query, variables);
        Assert.True(answer.Status == HttpStatusCode.OK && answer.Errors.Count == 0, $"{answer.Status}: {answer.Text}");
        return answer.Json!["data"]!;
    }
}

public sealed record GraphQLAnswer(HttpStatusCode Status, string? MediaType, JsonNode? Json, string Text)
{
    public IReadOnlyList<JsonNode> Errors => (Json?["errors"] as JsonArray)?.Where(e => e is not null).Select(e => e!).ToList() ?? [];

    public IReadOnlyList<string?> Codes => Errors.Select(e => e["extensions"]?["code"]?.GetValue<string>()).ToList();

    public JsonNode? Data => Json?["data"];

    /// <summary>The code of the one error the answer must have (the whole answer in the failure message otherwise).</summary>
    public string? Code
    {
        get
        {
            Assert.True(Errors.Count == 1, $"Expected one error: {Text}");
            return Codes[0];
        }
    }
}
