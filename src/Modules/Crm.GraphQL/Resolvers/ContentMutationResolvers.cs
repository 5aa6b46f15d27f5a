using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.GraphQL.Execution;
using Crm.GraphQL.Schema;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.GraphQL.Resolvers;

/// <summary>
/// The mutations of a type, with the screens' permission rules. A refused change writes nothing and answers with one
/// error per problem, each naming the argument it concerns (<c>extensions.field</c>).
/// </summary>
internal static class ContentMutationResolvers
{
    public static ValueTask<object?> CreateAsync(IResolveFieldContext context, TypeModel type) => RunAsync(context, type, "input", async (state, content) =>
    {
        if (!await state.CanAsync(ContentAction.Create, type.Definition, null, context.CancellationToken)) throw await RefusedAsync(context, state, "You may not create {0} items.", type);
        return await content.CreateAsync(type.Definition.Name, InputTranslator.ToValues(type, Arguments.Object(context, "input")!), cancellationToken: context.CancellationToken);
    });

    public static ValueTask<object?> UpdateAsync(IResolveFieldContext context, TypeModel type) => RunAsync(context, type, "input", async (state, content) =>
    {
        var item = await LiveAsync(context, type, content, context.GetArgument<string>("id"));
        if (!await state.CanAsync(ContentAction.Edit, type.Definition, item.Owner, context.CancellationToken)) throw await RefusedAsync(context, state, "You may not edit this {0}.", type);
        return await content.UpdateAsync(item.Id, InputTranslator.ToValues(type, Arguments.Object(context, "input")!), context.GetArgument<int>("version"), context.CancellationToken);
    });

    public static ValueTask<object?> DeleteAsync(IResolveFieldContext context, TypeModel type) => RunAsync(context, type, "id", async (state, content) =>
    {
        var item = await LiveAsync(context, type, content, context.GetArgument<string>("id"));
        if (!await state.CanAsync(ContentAction.Delete, type.Definition, item.Owner, context.CancellationToken)) throw await RefusedAsync(context, state, "You may not delete this {0}.", type);
        return await content.DeleteAsync(item.Id, context.GetArgument<int?>("version") ?? item.Version, context.CancellationToken);
    });

    /// <summary>Takes an item out of the recycle bin; undoing a delete needs the right to delete it.</summary>
    public static ValueTask<object?> RestoreAsync(IResolveFieldContext context, TypeModel type) => RunAsync(context, type, "id", async (state, content) =>
    {
        var id = context.GetArgument<string>("id");
        var item = await content.GetAsync(id, includeDeleted: true, context.CancellationToken);
        if (item is null || item.DeletedUtc is null || !Is(type, item)) throw new ResolverException(ContentErrors.Error(ErrorCodes.NotFound,
            state.Texts["No deleted {0} with id '{1}'.", await state.Texts.TypeNameAsync(type.Definition, context.CancellationToken), id], "id"));
        if (!await state.CanAsync(ContentAction.Delete, type.Definition, item.Owner, context.CancellationToken)) throw await RefusedAsync(context, state, "You may not restore this {0}.", type);
        return await content.RestoreAsync(item.Id, context.GetArgument<int?>("version") ?? item.Version, context.CancellationToken);
    });

    /// <summary>Merges one item into another (the merged one goes to the recycle bin, its relations move to the kept one).</summary>
    public static ValueTask<object?> MergeAsync(IResolveFieldContext context, TypeModel type) => RunAsync(context, type, "mergeId", async (state, content) =>
    {
        var keep = await LiveAsync(context, type, content, context.GetArgument<string>("keepId"), "keepId");
        var merge = await LiveAsync(context, type, content, context.GetArgument<string>("mergeId"), "mergeId");
        if (keep.Id == merge.Id) throw new ResolverException(ContentErrors.Error(ErrorCodes.InvalidArgument, state.Texts["An item cannot be merged into itself."], "mergeId"));
        if (!await state.CanAsync(ContentAction.Edit, type.Definition, keep.Owner, context.CancellationToken)
            || !await state.CanAsync(ContentAction.Delete, type.Definition, merge.Owner, context.CancellationToken))
        {
            throw await RefusedAsync(context, state, "You may not merge these {0} items (it needs edit on the kept one and delete on the merged one).", type);
        }
        return await context.RequestServices!.GetRequiredService<ContentMerger>().MergeAsync(keep.Id, keep.Version, merge.Id, merge.Version, cancellationToken: context.CancellationToken);
    });

    /// <summary>
    /// Creates or updates a bounded batch in one transaction: every input is checked, and unless all are valid nothing
    /// is written. An input with the id of an existing item updates it (partially), any other creates an item.
    /// </summary>
    public static async ValueTask<object?> UpsertAsync(IResolveFieldContext context, TypeModel type)
    {
        var inputs = Arguments.List<IDictionary<string, object?>>(context, "inputs");
        var limit = context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value.MaxUpsertBatch;
        var state = GraphQLRequestState.Of(context);
        if (inputs.Count > limit)
        {
            return ContentErrors.Fail(context, [ContentErrors.Error(ErrorCodes.BatchTooLarge, state.Texts["An upsert takes at most {0} items; this one has {1}.", limit, inputs.Count], "inputs")]);
        }
        var content = context.RequestServices!.GetRequiredService<ContentManager>();
        var db = context.RequestServices!.GetRequiredService<TenantDb>();
        var errors = new List<ExecutionError>();
        var saved = new List<ContentItem>();
        await using var transaction = await db.BeginTransactionAsync(context.CancellationToken);
        for (var i = 0; i < inputs.Count; i++)
        {
            var path = $"inputs[{i}]";
            try
            {
                saved.Add(await UpsertOneAsync(context, type, state, content, inputs[i]));
            }
            catch (Exception exception) when (Errors(exception, type, path, state.Texts) is { } found)
            {
                errors.AddRange(found);
            }
        }
        if (errors.Count > 0) return ContentErrors.Fail(context, errors);
        await transaction.CommitAsync(context.CancellationToken);
        return saved;
    }

    private static async Task<ContentItem> UpsertOneAsync(IResolveFieldContext context, TypeModel type, GraphQLRequestState state, ContentManager content, IDictionary<string, object?> input)
    {
        var id = input.TryGetValue("id", out var given) ? given as string : null;
        var values = InputTranslator.ToValues(type, input);
        var existing = id is null ? null : await content.GetAsync(id, cancellationToken: context.CancellationToken);
        if (existing is not null)
        {
            if (!Is(type, existing)) throw new ResolverException(ContentErrors.Error(ErrorCodes.InvalidArgument, state.Texts["'{0}' is a {1}, not a {2}.", id!, existing.ContentType, type.Definition.Name], "id"));
            if (!await state.CanAsync(ContentAction.Edit, type.Definition, existing.Owner, context.CancellationToken))
            {
                throw new ResolverException(ContentErrors.Forbidden(state.Texts["You may not edit {0} {1}.", await state.Texts.TypeNameAsync(type.Definition, context.CancellationToken), existing.Id]));
            }
            var version = input.TryGetValue("version", out var v) && v is int expected ? expected : existing.Version;
            return await content.UpdateAsync(existing.Id, values, version, context.CancellationToken);
        }
        if (!await state.CanAsync(ContentAction.Create, type.Definition, null, context.CancellationToken)) throw await RefusedAsync(context, state, "You may not create {0} items.", type);
        return await content.CreateAsync(type.Definition.Name, values, id: id, cancellationToken: context.CancellationToken);
    }

    private static async ValueTask<object?> RunAsync(IResolveFieldContext context, TypeModel type, string inputPath, Func<GraphQLRequestState, ContentManager, Task<ContentItem>> change)
    {
        var state = GraphQLRequestState.Of(context);
        try
        {
            return await change(state, context.RequestServices!.GetRequiredService<ContentManager>());
        }
        catch (Exception exception) when (Errors(exception, type, inputPath, state.Texts) is { } errors)
        {
            return ContentErrors.Fail(context, errors);
        }
    }

    private static IReadOnlyList<ExecutionError>? Errors(Exception exception, TypeModel type, string path, ErrorTexts texts) =>
        exception is ResolverException resolver ? resolver.Errors.Select(e => Prefixed(e, path)).ToList() : ContentErrors.From(exception, type, path, texts);

    /// <summary>In a batch, the field of an input's own error ("id") is placed under the input ("inputs[2].id").</summary>
    private static ExecutionError Prefixed(ExecutionError error, string path)
    {
        if (!path.StartsWith("inputs[", StringComparison.Ordinal) || error.Extensions?["field"] is not string field) return error;
        error.AddExtension("field", $"{path}.{field}");
        return error;
    }

    private static async Task<ContentItem> LiveAsync(IResolveFieldContext context, TypeModel type, ContentManager content, string id, string argument = "id")
    {
        var item = await content.GetAsync(id, cancellationToken: context.CancellationToken);
        if (item is not null && Is(type, item)) return item;
        var texts = GraphQLRequestState.Of(context).Texts;
        throw new ResolverException(ContentErrors.Error(ErrorCodes.NotFound, texts["No {0} with id '{1}'.", await texts.TypeNameAsync(type.Definition, context.CancellationToken), id], argument));
    }

    private static bool Is(TypeModel type, ContentItem item) => string.Equals(item.ContentType, type.Definition.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>A refusal worded by <paramref name="template"/> with the type's name, both in the request's language.</summary>
    private static async Task<ResolverException> RefusedAsync(IResolveFieldContext context, GraphQLRequestState state, string template, TypeModel type) =>
        new(ContentErrors.Forbidden(state.Texts[template, await state.Texts.TypeNameAsync(type.Definition, context.CancellationToken)]));
}
