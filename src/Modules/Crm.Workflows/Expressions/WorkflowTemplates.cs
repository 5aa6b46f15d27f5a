using System.Text.Json;
using System.Text.Json.Nodes;
using DotLiquid;

namespace Crm.Workflows.Expressions;

/// <summary>Renders the Liquid text properties of activities (DotLiquid) over the expression scope's JSON.</summary>
public sealed class WorkflowTemplates
{
    public string Render(string template, JsonObject scope)
    {
        var parsed = Template.Parse(template);
        var rendered = parsed.Render(new RenderParameters(System.Globalization.CultureInfo.InvariantCulture)
        {
            LocalVariables = (Hash)ToLiquid(scope)!,
            ErrorsOutputMode = ErrorsOutputMode.Rethrow,
        });
        return rendered;
    }

    /// <summary>Null when the template parses, else why not.</summary>
    public static string? ParseError(string template)
    {
        try
        {
            Template.Parse(template);
            return null;
        }
        catch (DotLiquid.Exceptions.SyntaxException e)
        {
            return e.Message;
        }
    }

    private static object? ToLiquid(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => Hash.FromDictionary(obj.ToDictionary(p => p.Key, p => ToLiquid(p.Value)!)),
        JsonArray array => array.Select(ToLiquid).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => Crm.Core.Content.Fields.JsonValues.Number(value),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };
}
