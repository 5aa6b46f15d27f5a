namespace Crm.GraphQL.Schema;

/// <summary>
/// Hands out names that are unique within one scope (the types of a schema, the fields of a type): the preferred name,
/// or, when taken, the preferred name followed by 2, 3, ... Callers claim in a fixed order (built-ins first, then content
/// types and fields sorted by name), so the same definitions always produce the same schema.
/// </summary>
internal sealed class NameScope(IEnumerable<string>? reserved = null)
{
    private readonly HashSet<string> _taken = new(reserved ?? [], StringComparer.Ordinal);

    public string Claim(string preferred)
    {
        var name = preferred;
        for (var i = 2; !_taken.Add(name); i++) name = preferred + i;
        return name;
    }
}
