using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Crm.Bench.GraphQL;

/// <summary>
/// Before any load: both endpoints must answer every stage/grade combination with the same 50 ids in the same order (and,
/// field by field, the same JSON), or the comparison would not be honest.
/// </summary>
public sealed class ResponseCheck(HttpClient client, string apiKey)
{
    /// <summary>The GraphQL answer's size and the number of combinations whose whole JSON matched (ids always must).</summary>
    public async Task<(int GraphQLBytes, int HandWrittenBytes, int IdenticalJson)> RunAsync(Uri graphQL, Uri handWritten, CancellationToken cancellationToken)
    {
        int graphQLBytes = 0, handBytes = 0, identical = 0;
        foreach (var (stage, grade) in CustomerPageQuery.Combinations)
        {
            var api = await PostAsync(graphQL, CustomerPageQuery.GraphQLBody(stage, grade), cancellationToken);
            var hand = await PostAsync(handWritten, CustomerPageQuery.HandWrittenBody(stage, grade), cancellationToken);
            var apiNode = JsonNode.Parse(api)!;
            if (apiNode["errors"] is { } errors) throw new InvalidOperationException($"GraphQL answered with errors: {errors.ToJsonString()}");
            var apiIds = Ids(apiNode);
            var handIds = Ids(JsonNode.Parse(hand)!);
            if (apiIds.Count != CustomerPageQuery.PageSize || !apiIds.SequenceEqual(handIds))
            {
                throw new InvalidOperationException($"{stage}/{grade}: GraphQL returned {apiIds.Count} ids, hand-written {handIds.Count}; " +
                                                    $"first difference at {apiIds.Zip(handIds).TakeWhile(p => p.First == p.Second).Count()}.");
            }
            if (JsonNode.DeepEquals(apiNode, JsonNode.Parse(hand))) identical++;
            (graphQLBytes, handBytes) = (Encoding.UTF8.GetByteCount(api), Encoding.UTF8.GetByteCount(hand));
        }
        return (graphQLBytes, handBytes, identical);
    }

    private async Task<string> PostAsync(Uri url, string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {text}");
        return text;
    }

    private static List<string> Ids(JsonNode answer) =>
        answer["data"]!["benchCustomers"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
}
