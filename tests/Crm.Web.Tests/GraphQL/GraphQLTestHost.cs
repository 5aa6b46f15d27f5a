using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Content;
using Crm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.GraphQL;

/// <summary>The sales model on the default tenant, a GraphQL client with the admin's API key, and a count of each request's SQL statements.</summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    private GraphQLTestHost(ContentTestHost content, SqlStatements statements)
    {
        Content = content;
        Statements = statements;
        Admin = new GraphQLClient(content.Host.CreateClient(), CrmTestHost.AdminApiKey);
    }

    public ContentTestHost Content { get; }
    public GraphQLClient Admin { get; }

    /// <summary>How many SQL statements the last request ran.</summary>
    public SqlStatements Statements { get; }

    public static async Task<GraphQLTestHost> StartAsync(DatabaseProvider provider, TimeProvider? clock = null)
    {
        var statements = new SqlStatements();
        var content = await ContentTestHost.StartAsync(provider, clock, services =>
        {
            services.AddSingleton(statements);
            services.AddTransient<IStartupFilter, SqlStatementsFilter>();
        });
        return new GraphQLTestHost(content, statements);
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
