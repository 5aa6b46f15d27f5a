using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Security;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Crm.GraphQL.Resolvers;

/// <summary>
/// What the resolvers of one GraphQL request share: the caller, their view scope per type (asked once), and the batch
/// loaders that turn a level's relation lookups into one query each.
/// </summary>
public sealed class GraphQLRequestState
{
    private readonly ContentAuthorizer _authorizer;
    private readonly ContentQuery _query;
    private readonly Dictionary<string, ContentScope> _scopes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<object, BatchLoader<string, ContentPage>> _pageLoaders = new(ReferenceEqualityComparer.Instance);

    public GraphQLRequestState(IHttpContextAccessor http, ContentAuthorizer authorizer, ContentManager content, ContentQuery query, IUserDirectory users, ErrorTexts texts)
    {
        Texts = texts;
        _authorizer = authorizer;
        _query = query;
        User = http.HttpContext?.User ?? new ClaimsPrincipal();
        Items = new BatchLoader<string, ContentItem>(async (ids, ct) =>
            (await content.GetManyAsync(ids, ct)).ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        Users = new BatchLoader<string, UserValue>(async (ids, ct) =>
            (await users.NamesAsync(ids, ct)).ToDictionary(p => p.Key, p => new UserValue(p.Key, p.Value), StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public ClaimsPrincipal User { get; }

    /// <summary>The request's language for the errors the resolvers word.</summary>
    public ErrorTexts Texts { get; }

    public string? UserId => ContentAuthorizer.UserId(User);

    internal BatchLoader<string, ContentItem> Items { get; }

    internal BatchLoader<string, UserValue> Users { get; }

    internal static GraphQLRequestState Of(IResolveFieldContext context) => ((GraphQLUserContext)context.UserContext).State;

    public async Task<ContentScope> ViewScopeAsync(ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        if (!_scopes.TryGetValue(type.Name, out var scope)) _scopes[type.Name] = scope = await _authorizer.ViewScopeAsync(User, type, cancellationToken);
        return scope;
    }

    public Task<bool> CanAsync(ContentAction action, ContentTypeDefinition type, string? owner, CancellationToken cancellationToken) =>
        _authorizer.CanAsync(User, action, type, owner, cancellationToken);

    /// <summary>
    /// The loader of one reverse relation at one place of the query (so with one set of arguments): parents collected over
    /// a level, then one windowed query for all of them (<see cref="ContentQuery.QueryPerParentAsync"/>).
    /// <paramref name="request"/> runs once, for the first parent.
    /// </summary>
    internal async Task<BatchLoader<string, ContentPage>> PagesOfAsync(object place, string relation, Func<Task<ContentQueryRequest>> request)
    {
        if (!_pageLoaders.TryGetValue(place, out var loader))
        {
            var built = await request();
            _pageLoaders[place] = loader = new BatchLoader<string, ContentPage>(
                (parents, ct) => _query.QueryPerParentAsync(built, relation, parents, ct), StringComparer.OrdinalIgnoreCase);
        }
        return loader;
    }
}
