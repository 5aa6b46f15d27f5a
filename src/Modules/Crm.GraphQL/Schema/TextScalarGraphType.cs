using GraphQL.Types;
using GraphQLParser.AST;

namespace Crm.GraphQL.Schema;

/// <summary>
/// A scalar written as a string in a given form (a date, a date-time, a relative date...). <paramref name="normalize"/>
/// returns the canonical text, or null when the text is not in the form; values are served as stored (already canonical).
/// </summary>
internal sealed class TextScalarGraphType : ScalarGraphType
{
    private readonly Func<string, string?> _normalize;

    public TextScalarGraphType(string name, string description, Func<string, string?> normalize)
    {
        Name = name;
        Description = description;
        _normalize = normalize;
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => _normalize(text.Value.ToString()) ?? ThrowLiteralConversionError(value, Description),
        _ => ThrowLiteralConversionError(value, Description),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => _normalize(text) ?? ThrowValueConversionError(value),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string text => text,
        _ => ThrowSerializationError(value),
    };
}
