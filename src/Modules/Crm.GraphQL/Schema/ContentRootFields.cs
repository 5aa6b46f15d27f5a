using Crm.GraphQL.Resolvers;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Crm.GraphQL.Schema;

/// <summary>A type's root fields: customer(id), customers(...) on Query; create/update/delete/restore/upsert/merge on Mutation.</summary>
internal sealed class ContentRootFields(SharedTypes shared)
{
    public void AddQueries(ObjectGraphType query, TypeModel type, NameScope names)
    {
        type.SingleField = names.Claim(GraphQLNames.Camel(type.Name));
        var plural = GraphQLNames.Camel(GraphQLNames.Plural(type.Name));
        type.ListField = names.Claim(plural == type.SingleField ? plural + "List" : plural);
        var s = shared.Scalars;
        query.AddField(new FieldType
        {
            Name = type.SingleField, Description = $"A {type.Definition.DisplayName} by id; null when there is none.", ResolvedType = type.Object,
            Arguments = new QueryArguments(new QueryArgument(SharedTypes.NonNull(s.Id)) { Name = "id" }),
            Resolver = new FuncFieldResolver<object?>(ctx => ContentQueryResolvers.SingleAsync(ctx, type)),
        });
        query.AddField(new FieldType
        {
            Name = type.ListField, Description = $"{type.Definition.DisplayName} items: filtered, sorted, paged by cursor.", ResolvedType = type.Connection,
            Arguments = new QueryArguments(
                new QueryArgument(type.Where) { Name = "where" },
                new QueryArgument(new ListGraphType(new NonNullGraphType(type.OrderBy))) { Name = "orderBy", Description = "Default: newest change first." },
                new QueryArgument(s.Int) { Name = "first", Description = "Page size from the start or after a cursor (default 50)." },
                new QueryArgument(s.String) { Name = "after" },
                new QueryArgument(s.Int) { Name = "last", Description = "Page size from the end or before a cursor." },
                new QueryArgument(s.String) { Name = "before" },
                new QueryArgument(s.Boolean) { Name = "exactCount", DefaultValue = false, Description = "Count every match instead of stopping at 10,000 (slower on large lists)." }),
            Resolver = new FuncFieldResolver<object?>(ctx => ContentQueryResolvers.ListAsync(ctx, type)),
        });
    }

    public void AddMutations(ObjectGraphType mutation, TypeModel type, NameScope names)
    {
        var s = shared.Scalars;
        var name = type.Name;
        var what = type.Definition.DisplayName;
        // Refused results are null with errors, so every mutation's result is nullable.
        if (type.Fields.Count > 0) AddWrites(mutation, type, names);
        Add(mutation, names.Claim("delete" + name), $"Moves a {what} to the recycle bin (restore undoes it).", type.Object,
            ContentMutationResolvers.DeleteAsync, type, Id(s), new QueryArgument(s.Int) { Name = "version", Description = "Refused if the item changed since (optional)." });
        Add(mutation, names.Claim("restore" + name), $"Takes a {what} out of the recycle bin.", type.Object,
            ContentMutationResolvers.RestoreAsync, type, Id(s), new QueryArgument(s.Int) { Name = "version" });
        Add(mutation, names.Claim("merge" + name), $"Merges a duplicate {what} into the one kept: relations move, the duplicate goes to the recycle bin.", type.Object,
            ContentMutationResolvers.MergeAsync, type, new QueryArgument(SharedTypes.NonNull(s.Id)) { Name = "keepId" }, new QueryArgument(SharedTypes.NonNull(s.Id)) { Name = "mergeId" });
    }

    /// <summary>create, update and upsert: only for types with fields (an input object needs at least one).</summary>
    private void AddWrites(ObjectGraphType mutation, TypeModel type, NameScope names)
    {
        var s = shared.Scalars;
        var name = type.Name;
        var what = type.Definition.DisplayName;
        Add(mutation, names.Claim("create" + name), $"Creates a {what}; you become its owner.", type.Object,
            ContentMutationResolvers.CreateAsync, type, new QueryArgument(SharedTypes.NonNull(type.CreateInput)) { Name = "input" });
        Add(mutation, names.Claim("update" + name), $"Changes the given fields of a {what}; version is the one you read.", type.Object,
            ContentMutationResolvers.UpdateAsync, type, Id(s), new QueryArgument(SharedTypes.NonNull(s.Int)) { Name = "version" },
            new QueryArgument(SharedTypes.NonNull(type.UpdateInput)) { Name = "input" });
        Add(mutation, names.Claim("upsert" + GraphQLNames.Plural(name)), $"Creates or updates up to 100 {what} items at once: all or none.",
            new ListGraphType(new NonNullGraphType(type.Object)), ContentMutationResolvers.UpsertAsync, type,
            new QueryArgument(SharedTypes.ListOf(type.UpsertInput)) { Name = "inputs" });
    }

    private static QueryArgument Id(Scalars s) => new(SharedTypes.NonNull(s.Id)) { Name = "id" };

    private static void Add(ObjectGraphType mutation, string name, string description, IGraphType result,
        Func<IResolveFieldContext, TypeModel, ValueTask<object?>> resolve, TypeModel type, params QueryArgument[] arguments) =>
        mutation.AddField(new FieldType
        {
            Name = name, Description = description, ResolvedType = result, Arguments = new QueryArguments(arguments),
            Resolver = new FuncFieldResolver<object?>(ctx => resolve(ctx, type)),
        });
}
