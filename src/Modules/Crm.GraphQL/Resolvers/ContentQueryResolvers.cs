using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.GraphQL.Execution;
using Crm.GraphQL.Schema;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.GraphQL.Resolvers;

/// <summary>The root queries of a type: one item by id, and a filtered, sorted Relay connection with a (capped) total count.</summary>
internal static class ContentQueryResolvers
{
    public static async ValueTask<object?> SingleAsync(IResolveFieldContext context, TypeModel type)
    {
        var state = GraphQLRequestState.Of(context);
        var item = await context.RequestServices!.GetRequiredService<ContentManager>().GetAsync(context.GetArgument<string>("id"), cancellationToken: context.CancellationToken);
        if (item is null || !string.Equals(item.ContentType, type.Definition.Name, StringComparison.OrdinalIgnoreCase)) return null;
        if (!await state.CanAsync(ContentAction.View, type.Definition, item.Owner, context.CancellationToken))
        {
            return ContentErrors.Fail(context, [ContentErrors.Forbidden(state.Texts["You may not view this {0}.", await state.Texts.TypeNameAsync(type.Definition, context.CancellationToken)])]);
        }
        return item;
    }

    public static async ValueTask<object?> ListAsync(IResolveFieldContext context, TypeModel type)
    {
        var state = GraphQLRequestState.Of(context);
        var options = context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var scope = await state.ViewScopeAsync(type.Definition, context.CancellationToken);
        if (scope == ContentScope.None)
        {
            return ContentErrors.Fail(context, [ContentErrors.Forbidden(state.Texts["You may not list {0} items.", await state.Texts.TypeNameAsync(type.Definition, context.CancellationToken)])]);
        }

        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
        {
            return ContentErrors.Fail(context, [ContentErrors.Error(ErrorCodes.InvalidArgument, state.Texts["Give first (with after) or last (with before), not both."], "last")]);
        }
        var size = last ?? first ?? options.DefaultPageSize;
        if (size < 1 || size > options.MaxPageSize)
        {
            return ContentErrors.Fail(context, [ContentErrors.Error(ErrorCodes.PageSizeExceeded, state.Texts["A page holds 1 to {0} items.", options.MaxPageSize], last is null ? "first" : "last")]);
        }

        var counted = context.SubFields?.Values.Any(f => f.FieldType.Name is "totalCount" or "totalCountIsExact") == true;
        var request = Request(context, type, scope, state, last is null ? size : 1, last) with
        {
            After = context.GetArgument<string?>("after"),
            Before = context.GetArgument<string?>("before"),
            Count = !counted ? CountMode.None : context.GetArgument<bool>("exactCount") ? CountMode.Exact : CountMode.Capped,
        };
        try
        {
            var result = await context.RequestServices!.GetRequiredService<ContentQuery>().QueryAsync(request, context.CancellationToken);
            return new ConnectionResult(result.Items, result.Cursors,
                HasNextPage: request.IsBackward ? request.Before is not null : result.HasMore,
                HasPreviousPage: request.IsBackward ? result.HasMore : request.After is not null,
                result.Count);
        }
        catch (FilterException exception)
        {
            return ContentErrors.Fail(context, ContentErrors.From(exception, type, "where", state.Texts)!);
        }
    }

    /// <summary>The where and orderBy arguments as a content query, limited to the caller's own items under an "own" permission.</summary>
    public static ContentQueryRequest Request(IResolveFieldContext context, TypeModel type, ContentScope scope, GraphQLRequestState state, int first, int? last)
    {
        var conditions = new List<FilterNode> { WhereTranslator.Translate(type, Arguments.Object(context, "where"), "where") };
        if (scope == ContentScope.Own) conditions.Add(new FilterComparison("Owner", FilterOperator.Eq, JsonValue.Create(state.UserId), "owner", "owner"));
        return new ContentQueryRequest
        {
            ContentType = type.Definition.Name,
            Filter = new FilterAnd(conditions),
            OrderBy = Arguments.List<string>(context, "orderBy"),
            First = first,
            Last = last,
            Count = CountMode.None,
        };
    }
}
