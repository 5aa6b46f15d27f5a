using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.GraphQL.Execution;
using Crm.GraphQL.Schema;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.GraphQL.Resolvers;

/// <summary>
/// Relations, resolved in batches: a relation field loads the items it points at (one query per level), a reverse relation
/// the first items pointing at each parent (one windowed query per level). Items the caller may not see are left out,
/// as on the screens' timelines and related lists.
/// </summary>
internal static class RelationResolvers
{
    public static object? Related(IResolveFieldContext context, FieldModel field, ContentDefinitions definitions)
    {
        var state = GraphQLRequestState.Of(context);
        var ids = Ids(field.Read((ContentItem)context.Source!));
        var loads = ids.Select(id => state.Items.Load(id).Then((item, ct) => VisibleAsync(state, definitions, field, item, ct))).ToList();
        if (!field.Multiple) return loads.Count == 0 ? null : loads[0];
        return LoaderResults.All(loads).Then((items, _) => Task.FromResult<object?>(items.OfType<ContentItem>().ToList()));
    }

    public static object? Owner(IResolveFieldContext context, FieldModel field)
    {
        var state = GraphQLRequestState.Of(context);
        var loads = Ids(field.Read((ContentItem)context.Source!)).Select(state.Users.Load).ToList();
        if (!field.Multiple) return loads.Count == 0 ? null : loads[0];
        return LoaderResults.All(loads).Then((users, _) => Task.FromResult<object?>(users.OfType<UserValue>().ToList()));
    }

    /// <summary>The first items of <paramref name="source"/> whose <paramref name="relation"/> points at the parent item.</summary>
    public static async ValueTask<object?> ReverseAsync(IResolveFieldContext context, TypeModel source, FieldModel relation)
    {
        var state = GraphQLRequestState.Of(context);
        var options = context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var scope = await state.ViewScopeAsync(source.Definition, context.CancellationToken);
        if (scope == ContentScope.None) return Array.Empty<ContentItem>();

        // One loader per place in the query: the same arguments for every parent at that place.
        var loader = await state.PagesOfAsync(context.FieldAst, relation.ContentName, async () =>
        {
            var first = context.GetArgument<int?>("first") ?? options.DefaultRelatedPageSize;
            if (first < 1 || first > options.MaxPageSize)
            {
                throw new ResolverException(ContentErrors.Error(ErrorCodes.PageSizeExceeded, state.Texts["first must be between 1 and {0}.", options.MaxPageSize], "first"));
            }
            var request = ContentQueryResolvers.Request(context, source, scope, state, first, last: null);
            await context.RequestServices!.GetRequiredService<ContentQuery>().CompileAsync(request, context.CancellationToken);
            return request;
        });
        return loader.Load(((ContentItem)context.Source!).Id).Then((page, _) => Task.FromResult<object?>(page?.Items ?? []));
    }

    private static async Task<object?> VisibleAsync(GraphQLRequestState state, ContentDefinitions definitions, FieldModel field, ContentItem? item, CancellationToken cancellationToken)
    {
        if (item is null || definitions.FindType(item.ContentType) is not { } type) return null;
        if (field.Settings.RelatedTypes.Count > 0 && !field.Settings.RelatedTypes.Contains(type.Name, StringComparer.OrdinalIgnoreCase)) return null;
        return await state.ViewScopeAsync(type, cancellationToken) switch
        {
            ContentScope.All => item,
            ContentScope.Own when item.Owner is not null && item.Owner == state.UserId => item,
            _ => null,
        };
    }

    private static IReadOnlyList<string> Ids(JsonNode? value) => value switch
    {
        JsonValue single when single.GetValueKind() == JsonValueKind.String => [single.GetValue<string>()],
        JsonArray many => many.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToList(),
        _ => [],
    };
}
