using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Core.Content.Queries;

/// <summary>
/// Checks a sort: each entry is "Name" or "Name asc|desc" naming a metadata column, an indexed field, a relation field
/// (indexed automatically) or a field of one of the type's composite indexes — anything else would sort the whole type.
/// Id is appended as the last key so the order is total, which keyset pagination needs.
/// </summary>
internal sealed class SortBinder(ContentDefinitions definitions, FieldKinds kinds, ISqlDialect dialect)
{
    public IReadOnlyList<SortKey> Bind(ContentTypeDefinition type, IReadOnlyList<string> orderBy, List<FilterError> errors)
    {
        var resolver = new FieldResolver(definitions, kinds);
        var keys = new List<SortKey>();
        for (var i = 0; i < orderBy.Count; i++)
        {
            var path = $"$.OrderBy[{i}]";
            var words = (orderBy[i] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 2 || (words.Length == 2 && !words[1].Equals("asc", StringComparison.OrdinalIgnoreCase) && !words[1].Equals("desc", StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new FilterError(path, $"'{orderBy[i]}' must be a field name, optionally followed by asc or desc"));
                continue;
            }
            var target = resolver.Resolve(type, words[0], allowHop: false, out var error);
            if (target is null)
            {
                errors.Add(new FilterError(path, words[0].Contains('.') ? $"{error}; sorting through a relation is not supported" : error!));
                continue;
            }
            if (Problem(type, target) is { } problem)
            {
                errors.Add(new FilterError(path, $"{target.Name}: {problem}"));
                continue;
            }
            keys.Add(new SortKey(target, words.Length == 2 && words[1].Equals("desc", StringComparison.OrdinalIgnoreCase), target.Expression(dialect)));
        }
        if (keys.Count == 0) keys.Add(new SortKey(FilterTarget.ForColumn("ModifiedUtc"), true, "modified_utc"));
        if (keys[^1].Target.Column != "id") keys.Add(new SortKey(FilterTarget.ForColumn("Id"), keys[^1].Descending, "id"));
        return keys;
    }

    private string? Problem(ContentTypeDefinition type, FilterTarget target)
    {
        if (target.Column is not null) return null;
        if (target.Storage == FieldStorage.Json) return "is a list field and cannot be sorted";
        return ContentSortability.IsSortable(definitions, type, target.Field!, target.Kind!)
            ? null
            : $"is not indexed, so sorting by it would read every {type.Name}; mark it Indexed or add it to a composite index " +
              $"(sortable now: {string.Join(", ", Sortable(type).Concat(ContentMetadata.Columns.Keys))})";
    }

    private IEnumerable<string> Sortable(ContentTypeDefinition type) => definitions.FieldsOf(type)
        .Where(f => kinds.Find(f.Field.Kind) is { } kind && ContentSortability.IsSortable(definitions, type, f, kind))
        .Select(f => f.Field.Name);
}
