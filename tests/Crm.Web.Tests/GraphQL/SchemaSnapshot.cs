using System.Text;
using System.Text.Json.Nodes;

namespace Crm.Web.Tests.GraphQL;

/// <summary>An introspection result as sorted, readable lines (one per type and field), so a snapshot diff shows what changed.</summary>
public static class SchemaSnapshot
{
    public static string Describe(JsonNode schema)
    {
        var text = new StringBuilder();
        foreach (var type in schema["types"]!.AsArray().Where(t => !t!["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal))
                     .OrderBy(t => t!["name"]!.GetValue<string>(), StringComparer.Ordinal))
        {
            text.Append(type!["kind"]!.GetValue<string>().ToLowerInvariant()).Append(' ').AppendLine(type["name"]!.GetValue<string>());
            foreach (var field in (type["fields"] as JsonArray ?? type["inputFields"] as JsonArray ?? []).OrderBy(f => f!["name"]!.GetValue<string>(), StringComparer.Ordinal))
            {
                var args = field!["args"] is JsonArray { Count: > 0 } list ? "(" + string.Join(", ", list.Select(a => a!["name"]!.GetValue<string>())) + ")" : "";
                text.Append("  ").Append(field["name"]!.GetValue<string>()).Append(args).Append(": ").AppendLine(TypeName(field["type"]!));
            }
            foreach (var value in type["enumValues"] as JsonArray ?? []) text.Append("  = ").AppendLine(value!["name"]!.GetValue<string>());
        }
        return text.ToString();
    }

    private static string TypeName(JsonNode type) => type["kind"]!.GetValue<string>() switch
    {
        "NON_NULL" => TypeName(type["ofType"]!) + "!",
        "LIST" => "[" + TypeName(type["ofType"]!) + "]",
        _ => type["name"]!.GetValue<string>(),
    };
}
