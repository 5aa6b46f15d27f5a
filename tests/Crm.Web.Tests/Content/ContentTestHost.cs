using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

/// <summary>The default tenant with the sales model, and shortcuts to its content services.</summary>
public sealed class ContentTestHost : IAsyncDisposable
{
    private ContentTestHost(CrmTestHost host) => Host = host;

    public CrmTestHost Host { get; }

    public static async Task<ContentTestHost> StartAsync(DatabaseProvider provider, TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        var host = await CrmTestHost.StartAsync(provider, clock, services);
        await host.InTenantAsync("Default", s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(SalesRecipe.Parse(), CancellationToken.None));
        return new ContentTestHost(host);
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        T result = default!;
        await Host.InTenantAsync("Default", async s => result = await action(s));
        return result;
    }

    public Task<ContentItem> CreateAsync(string type, string json) =>
        RunAsync(s => s.GetRequiredService<ContentManager>().CreateAsync(type, JsonNode.Parse(json)!.AsObject()));

    public Task<long> CountAsync(string type) =>
        RunAsync(s => s.GetRequiredService<TenantDb>().ExecuteScalarAsync<long>("SELECT COUNT(*) FROM content_items WHERE content_type = @type", new { type }));

    public Task<ContentQueryResult> QueryAsync(ContentQueryRequest request) =>
        RunAsync(s => s.GetRequiredService<ContentQuery>().QueryAsync(request));

    /// <summary>The ids of every match, in order, with the URL-form filter.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(string type, string filter, params string[] orderBy)
    {
        var result = await QueryAsync(new ContentQueryRequest { ContentType = type, Filter = FilterText.Parse(filter), OrderBy = orderBy, First = 1000 });
        return result.Items.Select(i => i.DisplayText).ToList();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
