using System.Text;
using System.Text.Json.Nodes;

namespace Crm.Core.Content.Queries;

/// <summary>
/// The short URL form of a filter: <c>Stage:eq:Prospect,Grade:in:A|B,LastActivityAt:gte:now-30d</c>.
/// <list type="bullet">
/// <item>A condition is <c>Field:op:value</c>; <c>Field:isNull</c> needs no value (<c>Field:isNull:false</c>: has a value).</item>
/// <item>Commas join conditions with and; <c>or(a,b)</c>, <c>and(a,b)</c> and <c>not(a)</c> group them.</item>
/// <item><c>in</c> takes values separated by <c>|</c>. A backslash escapes the next character (<c>\,</c> <c>\)</c> <c>\|</c> <c>\\</c>).</item>
/// <item>Values are text; the field's kind converts them (numbers, true/false, dates, relative dates such as now-30d).</item>
/// </list>
/// Errors carry the path of the equivalent JSON form ($.Filter.and[1].value).
/// </summary>
public static class FilterText
{
    public static FilterNode Parse(string? text, string path = FilterJson.RootPath)
    {
        if (string.IsNullOrWhiteSpace(text)) return new FilterAnd([]);
        var reader = new Reader(text, path);
        var items = reader.List(path, "and");
        if (reader.Position < text.Length) throw reader.Error($"unexpected '{text[reader.Position]}'");
        // A lone condition sits at the root, as in the JSON form: read it again with the root's path.
        return items.Count == 1 ? new Reader(text, path).Item(path) : new FilterAnd(items);
    }

    /// <summary>A value written into a filter as itself (a user id, a name): its <c>, ) | \</c> escaped.</summary>
    public static string Escape(string value) => value.Replace("\\", "\\\\").Replace(",", "\\,").Replace(")", "\\)").Replace("|", "\\|");

    private sealed class Reader(string text, string root)
    {
        public int Position { get; private set; }

        public List<FilterNode> List(string path, string keyword)
        {
            var items = new List<FilterNode> { Item($"{path}.{keyword}[0]") };
            while (Position < text.Length && text[Position] == ',')
            {
                Position++;
                items.Add(Item($"{path}.{keyword}[{items.Count}]"));
            }
            return items;
        }

        public FilterNode Item(string path)
        {
            var start = Position;
            var name = Name();
            if (Position < text.Length && text[Position] == '(' && name is "and" or "or" or "not")
            {
                Position++;
                FilterNode node = name switch
                {
                    "and" => new FilterAnd(List(path, "and")),
                    "or" => new FilterOr(List(path, "or")),
                    _ => new FilterNot(Item(path + ".not")),
                };
                Expect(')');
                return node;
            }
            if (name.Length == 0) throw Error("expected a field name, and(, or( or not(");
            Expect(':');
            var opName = Name();
            if (!FilterOperators.TryParse(opName, out var op)) throw Error(FilterOperators.Unknown(opName), start);
            JsonNode? value = null;
            if (Position < text.Length && text[Position] == ':')
            {
                Position++;
                var values = Values();
                value = op == FilterOperator.In ? new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) : JsonValue.Create(string.Join("|", values));
            }
            return new FilterComparison(name, op, value, path + ".field", path + ".value");
        }

        private string Name()
        {
            var start = Position;
            while (Position < text.Length && (char.IsLetterOrDigit(text[Position]) || text[Position] is '.' or '_')) Position++;
            return text[start..Position];
        }

        private List<string> Values()
        {
            var values = new List<string>();
            var current = new StringBuilder();
            while (Position < text.Length && text[Position] is not (',' or ')'))
            {
                var c = text[Position++];
                if (c == '\\')
                {
                    if (Position == text.Length) throw Error("a backslash must be followed by the character it escapes");
                    current.Append(text[Position++]);
                }
                else if (c == '|')
                {
                    values.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }
            values.Add(current.ToString());
            return values;
        }

        private void Expect(char c)
        {
            if (Position < text.Length && text[Position] == c) Position++;
            else throw Error(Position < text.Length ? $"expected '{c}' but found '{text[Position]}'" : $"expected '{c}' at the end");
        }

        public FilterException Error(string message, int? at = null) =>
            new(root, $"at character {(at ?? Position) + 1} of '{text}': {message}");
    }
}
