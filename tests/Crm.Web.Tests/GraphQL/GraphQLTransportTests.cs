using System.Net;
using System.Text;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Crm.Users.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.GraphQL;

/// <summary>The GraphQL-over-HTTP conventions a standard client relies on, and the refusals of malformed requests.</summary>
public sealed class GraphQLTransportTests
{
    private const string Query = "{ customers(first: 1) { totalCount } }";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_query_runs_by_GET_and_by_POST_and_answers_in_the_media_type_asked_for(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var get = await api.Admin.GetAsync(Query);
        var post = await api.Admin.PostAsync(Query);
        var legacy = await api.Admin.PostAsync(Query, accept: "application/json");
        var noAccept = await api.Admin.SendAsync(HttpMethod.Post, "/api/graphql", Json($$"""{ "query": "{{Query}}" }"""), accept: null);

        Assert.Equal((HttpStatusCode.OK, GraphQLClient.GraphQLResponse), (get.Status, get.MediaType));
        Assert.Equal(0, get.Data!["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal((HttpStatusCode.OK, GraphQLClient.GraphQLResponse), (post.Status, post.MediaType));
        Assert.Equal((HttpStatusCode.OK, "application/json"), (legacy.Status, legacy.MediaType));
        Assert.Equal((HttpStatusCode.OK, "application/json"), (noAccept.Status, noAccept.MediaType));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_mutation_sent_by_GET_is_refused_with_405(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var answer = await api.Admin.GetAsync("mutation { createCustomer(input: { name: \"Acme\" }) { id } }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Contains("POST", answer.Errors[0]["message"]!.GetValue<string>());
        Assert.Equal(0, await api.Content.CountAsync("Customer"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Malformed_requests_get_4xx_answers_that_say_what_is_wrong(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var wrongType = await api.Admin.SendAsync(HttpMethod.Post, "/api/graphql", new StringContent(Query, Encoding.UTF8, "text/plain"));
        var malformed = await api.Admin.SendAsync(HttpMethod.Post, "/api/graphql", Json("{ \"query\": "));
        var noQuery = await api.Admin.SendAsync(HttpMethod.Post, "/api/graphql", Json("{ \"variables\": {} }"));
        var batch = await api.Admin.SendAsync(HttpMethod.Post, "/api/graphql", Json($$"""[{ "query": "{{Query}}" }]"""));
        var notAcceptable = await api.Admin.PostAsync(Query, accept: "text/html");
        var put = await api.Admin.SendAsync(HttpMethod.Put, "/api/graphql", Json($$"""{ "query": "{{Query}}" }"""));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.Status);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Contains("not a valid GraphQL request", malformed.Errors[0]["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, noQuery.Status);
        Assert.Contains("no query", noQuery.Errors[0]["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, batch.Status);
        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_document_that_does_not_parse_or_validate_is_400_for_graphql_response_json_and_200_for_application_json(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var syntax = await api.Admin.PostAsync("{ customers(first: 1) { totalCount ");
        var unknownField = await api.Admin.PostAsync("{ customers { nodes { shoeSize } } }");
        var legacy = await api.Admin.PostAsync("{ customers { nodes { shoeSize } } }", accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, syntax.Status);
        Assert.NotNull(syntax.Errors[0]["locations"]);
        Assert.Null(syntax.Data);
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.Status);
        Assert.Contains("shoeSize", unknownField.Errors[0]["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal(unknownField.Errors[0]["message"]!.ToJsonString(), legacy.Errors[0]["message"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Variables_of_the_wrong_type_are_refused_before_anything_runs(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var answer = await api.Admin.PostAsync("query($n: Int!) { customers(first: $n) { totalCount } }", new { n = "fifty" });
        var missing = await api.Admin.PostAsync("query($n: Int!) { customers(first: $n) { totalCount } }");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("$n", answer.Errors[0]["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_credentials_the_answer_is_401_and_without_the_API_permission_403(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);
        var keyWithoutApi = await api.Content.RunAsync(async s =>
        {
            var roles = s.GetRequiredService<RolePermissions>();
            await roles.SetAsync("Agent", ["AccessAdmin", "ViewContent"], CancellationToken.None);
            var users = s.GetRequiredService<UserStore>();
            var admin = await users.FindByNameAsync("ADMIN", CancellationToken.None);
            var keys = s.GetRequiredService<ApiKeyService>();
            return (await keys.CreateAsync("agent-key", admin!.Id, ["Agent"])).Secret;
        });

        var anonymous = await api.Client(null).PostAsync(Query);
        var wrongKey = await api.Client("not-a-key-of-this-tenant-at-all").PostAsync(Query);
        var forbidden = await api.Client(keyWithoutApi).PostAsync(Query);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("UNAUTHENTICATED", anonymous.Codes[0]);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.Status);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal("FORBIDDEN", forbidden.Codes[0]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_request_body_over_the_limit_is_refused_with_413(DatabaseProvider provider)
    {
        await using var api = await GraphQLTestHost.StartAsync(provider);

        var answer = await api.Admin.PostAsync("{ customers { totalCount } }" + new string(' ', 300 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal("REQUEST_TOO_LARGE", answer.Codes[0]);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
