using GraphQL;

namespace Crm.GraphQL.Resolvers;

/// <summary>Raw argument values as the executor parsed them (input objects stay dictionaries, enums their values).</summary>
internal static class Arguments
{
    public static object? Raw(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;

    public static IDictionary<string, object?>? Object(IResolveFieldContext context, string name) => Raw(context, name) as IDictionary<string, object?>;

    public static IReadOnlyList<T> List<T>(IResolveFieldContext context, string name) =>
        Raw(context, name) is IEnumerable<object?> list ? list.OfType<T>().ToList() : [];
}
