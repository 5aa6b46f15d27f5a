using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Web.Tests.GraphQL;

/// <summary>
/// The sales model on the default tenant, a GraphQL client with the admin's API key, and a count of each request's SQL
/// statements. The host's clock stands still (a <see cref="FakeTimeProvider"/>) unless the test passes its own: with the
/// real clock, the tenant cache's version check (every <see cref="Crm.Core.Tenants.TenantCache.SharedVersionCheckInterval"/>)
/// and the API key's last-use write (once a minute) fall into whichever request crosses the mark, so the statements a
/// request runs would depend on how fast the machine is.
/// </summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private GraphQLTestHost(ContentTestHost content, SqlStatements statements, TimeProvider clock)
    {
        Content = content;
        Statements = statements;
        Clock = clock;
        Admin = new GraphQLClient(content.Host.CreateClient(), CrmTestHost.AdminApiKey);
    }

    /// <summary>The host's clock: a <see cref="FakeTimeProvider"/> at <see cref="Start"/> unless the test gave one.</summary>
    public TimeProvider Clock { get; }

    public ContentTestHost Content { get; }
    public GraphQLClient Admin { get; }

    /// <summary>How many SQL statements the last request ran.</summary>
    public SqlStatements Statements { get; }

    public static async Task<GraphQLTestHost> StartAsync(DatabaseProvider provider, TimeProvider? clock = null)
    {
        var statements = new SqlStatements();
        clock ??= new FakeTimeProvider(Start);
        var content = await ContentTestHost.StartAsync(provider, clock, services =>
        {
            services.AddSingleton(statements);
            services.AddTransient<IStartupFilter, SqlStatementsFilter>();
        });
        return new GraphQLTestHost(content, statements, clock);
    }

    public GraphQLClient Client(string? apiKey, string endpoint = "/api/graphql") => new(Content.Host.CreateClient(), apiKey, endpoint);

    /// <summary>Staff with API keys: kim (SalesRep: sees all, changes own) and lee (Intern: sees and changes own items only).</summary>
    public async Task<(GraphQLClient Kim, GraphQLClient Lee)> StaffAsync()
    {
        await Content.Host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(StaffRecipe, "staff"), CancellationToken.None));
        return (Client(KimKey), Client(LeeKey));
    }

    private const string KimKey = "kim-sales-rep-api-key-000001";
    private const string LeeKey = "lee-intern-api-key-0000000001";

    private const string StaffRecipe = $$"""
        { "name": "staff", "steps": [
          { "name": "Roles", "Roles": [ { "Name": "Intern", "Permissions": [ "AccessGraphQL", "ViewOwnContent", "CreateContent", "EditOwnContent" ] } ] },
          { "name": "Users", "Users": [
            { "UserName": "kim", "Email": "kim@example.com", "Password": "Kim-Password-1", "Roles": [ "SalesRep" ] },
            { "UserName": "lee", "Email": "lee@example.com", "Password": "Lee-Password-1", "Roles": [ "Intern" ] } ] },
          { "name": "ApiKeys", "ApiKeys": [
            { "Name": "kim", "User": "kim", "Key": "{{KimKey}}", "Roles": [ "SalesRep" ] },
            { "Name": "lee", "User": "lee", "Key": "{{LeeKey}}", "Roles": [ "Intern" ] } ] } ] }
        """;

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public sealed class SqlStatements
    {
        public int Last { get; set; }
    }

    private sealed class SqlStatementsFilter(SqlStatements statements) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                await nextMiddleware(context);
                if (context.Request.Path.Value?.EndsWith("/api/graphql", StringComparison.Ordinal) == true)
                {
                    statements.Last = context.RequestServices.GetService<TenantDb>()?.CommandCount ?? -1;
                }
            });
            next(app);
        };
    }
}
