using System.Text.Json.Nodes;

namespace Crm.Core.Content.Fields;

/// <summary>A field value in canonical form, or the problem that makes it unacceptable.</summary>
public readonly record struct FieldResult(JsonNode? Value, FieldProblem? Problem)
{
    public bool IsValid => Problem is null;

    public static FieldResult Ok(JsonNode? value) => new(value, null);

    public static FieldResult Fail(string template, params object[] arguments) => new(null, new FieldProblem(template, arguments));
}
