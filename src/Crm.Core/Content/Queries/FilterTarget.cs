using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Core.Content.Queries;

/// <summary>What a name in a filter or sort resolved to: a metadata column or a field, possibly on the far side of a relation.</summary>
internal sealed record FilterTarget(string Name, string? Column, ContentFieldReference? Field, IContentFieldKind? Kind, FieldStorage Storage, FilterHop? Hop = null)
{
    public bool IsDateTime => Kind is DateTimeFieldKind || Column is "created_utc" or "modified_utc";

    /// <summary>A NOT NULL column (<see cref="ContentMetadata.NeverNullColumns"/>), e.g. the primary key.</summary>
    public bool IsNeverNull => Column is { } column && ContentMetadata.NeverNullColumns.Contains(column);

    public bool IsDate => Kind is DateFieldKind;

    /// <summary>The SQL expression; for fields always <see cref="ContentExpressions.Field"/>, so it matches the index.</summary>
    public string Expression(ISqlDialect dialect, string? table = null) =>
        Column is { } column ? (table is null ? column : $"{table}.{column}") : ContentExpressions.Field(dialect, Field!, Kind!, table);

    public static FilterTarget ForColumn(string name) =>
        new(name, ContentMetadata.Columns[name], null, null, FieldStorage.Text);

    public static FilterTarget ForField(string name, ContentFieldReference field, IContentFieldKind kind) =>
        new(name, null, field, kind, kind.StorageFor(field.Field.Settings));
}
