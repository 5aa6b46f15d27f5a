using Crm.Contents.Models.Import;
using Crm.Core.Content.Definitions;

namespace Crm.Contents.Services.Import;

/// <summary>Proposes a field per column by its header, and checks the mapping the user sends back.</summary>
public static class ImportMapping
{
    public static IReadOnlyList<ImportFieldOption> Options(ContentDefinitions defs, ContentTypeDefinition type) =>
        defs.FieldsOf(type).Select(f => new ImportFieldOption(f.QualifiedName, f.Field.DisplayName)).ToList();

    /// <summary>Each header matched to a field by qualified name, name or display name (ignoring case); a field is proposed once.</summary>
    public static IReadOnlyList<ImportMappingColumn> Suggest(ContentDefinitions defs, ContentTypeDefinition type, IReadOnlyList<string> header)
    {
        var fields = defs.FieldsOf(type);
        var used = new HashSet<string>(StringComparer.Ordinal);
        return header.Select((name, index) =>
        {
            var field = fields.FirstOrDefault(f => !used.Contains(f.QualifiedName) && (Same(name, f.QualifiedName) || Same(name, f.Field.Name) || Same(name, f.Field.DisplayName)));
            if (field is not null) used.Add(field.QualifiedName);
            return new ImportMappingColumn(index, name, field?.QualifiedName ?? "");
        }).ToList();
    }

    /// <summary>The field per column, or the reason the mapping cannot be used (as a text key of <see cref="ContentImportText"/> and its argument).</summary>
    public static (ContentFieldReference?[]? Columns, string? Error, string? Argument) Resolve(ContentDefinitions defs, ContentTypeDefinition type, int columnCount, IReadOnlyList<string>? map)
    {
        if (map is null || map.Count != columnCount) return (null, "The mapping does not match the file's columns.", null);
        var fields = defs.FieldsOf(type).ToDictionary(f => f.QualifiedName, StringComparer.Ordinal);
        var columns = new ContentFieldReference?[columnCount];
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < columnCount; i++)
        {
            var name = map[i]?.Trim() ?? "";
            if (name.Length == 0) continue;
            if (!fields.TryGetValue(name, out var field)) return (null, "{0} is not a field of this type.", name);
            if (!chosen.Add(name)) return (null, "The field {0} is chosen for two columns.", field.Field.DisplayName);
            columns[i] = field;
        }
        return chosen.Count == 0 ? (null, "Choose a field for at least one column.", null) : (columns, null, null);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
