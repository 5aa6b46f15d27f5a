namespace Crm.Core.Content.Queries;

/// <summary>The operators' names as written in filters: eq, ne, in, gt, gte, lt, lte, contains, startsWith, isNull.</summary>
public static class FilterOperators
{
    private static readonly Dictionary<string, FilterOperator> ByName = Enum.GetValues<FilterOperator>()
        .ToDictionary(NameOf, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string name, out FilterOperator op) => ByName.TryGetValue(name, out op);

    public static string NameOf(FilterOperator op)
    {
        var name = op.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string Unknown(string name) => $"unknown operator '{name}'; operators: {string.Join(", ", Names)}";
}
