using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;

namespace Crm.Opportunities.Services;

/// <summary>
/// The SQL expressions of one type's fields — the same ones its indexes are built on — for the set-based sums the module
/// needs (a customer's orders, the forecast). Null for a field an admin removed.
/// </summary>
public sealed class FieldExpressions(ContentDefinitions definitions, FieldKinds kinds, ISqlDialect dialect, ContentTypeDefinition type)
{
    public static FieldExpressions? For(ContentDefinitions definitions, FieldKinds kinds, ISqlDialect dialect, string typeName) =>
        definitions.FindType(typeName) is { } type ? new FieldExpressions(definitions, kinds, dialect, type) : null;

    /// <summary>"content_type = '…' AND deleted_utc IS NULL": the live items of the type, as the partial indexes say it.</summary>
    public string LiveItems => ContentExpressions.TypePredicate(type.Name);

    public string? Field(string name) =>
        definitions.FindField(type, name) is { } field && kinds.Find(field.Field.Kind) is { } kind ? ContentExpressions.Field(dialect, field, kind) : null;

    /// <summary>The currency of a money field.</summary>
    public string? Currency(string moneyField) =>
        definitions.FindField(type, moneyField) is { Field.Kind: "Money" } field ? ContentExpressions.Property(dialect, field, "Currency", FieldStorage.Text) : null;

    public FieldSettings? Settings(string name) => definitions.FindField(type, name)?.Field.Settings;
}
