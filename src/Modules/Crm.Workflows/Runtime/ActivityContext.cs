using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Templates;
using Crm.Workflows.Definitions;
using Crm.Workflows.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Runtime;

/// <summary>
/// What an activity sees while it runs: its settings, the instance (input, variables, outputs), the tenant's services,
/// the time, and helpers that evaluate its Liquid and JavaScript properties over the same scope:
/// <c>input</c>, <c>item</c> (the item the workflow is about, when there is one), <c>variables</c>, <c>outputs</c>,
/// <c>now</c>, <c>workflow</c> and <c>instance</c>.
/// </summary>
public sealed class ActivityContext
{
    public required ActivityDefinition Activity { get; init; }
    public required WorkflowDefinition Workflow { get; init; }
    public required WorkflowInstance Instance { get; init; }
    public required IServiceProvider Services { get; init; }
    public required DateTimeOffset Now { get; init; }
    public CancellationToken CancellationToken { get; init; }

    /// <summary>A test run: side effects (email, HTTP, notifications) are recorded in <see cref="Recorded"/>, not made.</summary>
    public bool IsTest => Instance.IsTest;

    public List<string> Recorded { get; } = [];

    public JsonObject Variables => Instance.Variables;

    public JsonObject ActivityState => Instance.ActivityState(Activity.Id);

    public void SetOutput(JsonNode? output) => Instance.Outputs[Activity.Id] = output;

    /// <summary>The JSON every expression and template of this run sees.</summary>
    public JsonObject Scope() => new()
    {
        ["input"] = Instance.Input.DeepClone(),
        ["item"] = Instance.Input["item"]?.DeepClone(),
        ["variables"] = Instance.Variables.DeepClone(),
        ["outputs"] = Instance.Outputs.DeepClone(),
        ["now"] = DateTimeFieldKind.Canonical(Now),
        ["workflow"] = new JsonObject { ["name"] = Workflow.Name, ["version"] = Instance.Version },
        ["instance"] = new JsonObject { ["id"] = Instance.Id, ["correlation"] = Instance.Correlation },
    };

    /// <summary>A Liquid text property rendered, or null when it is not set.</summary>
    public string? Text(string property) =>
        Activity.Text(property) is { } template ? Services.GetRequiredService<LiquidTemplates>().Render(template, Model(Scope())) : null;

    /// <summary>A JSON property whose string values are Liquid templates, rendered (content values, headers).</summary>
    public JsonObject Json(string property)
    {
        var source = Activity.Property(property) switch
        {
            JsonObject obj => obj,
            JsonValue text when text.TryGetValue<string>(out var json) && json.TrimStart().StartsWith('{') => JsonNode.Parse(json) as JsonObject ?? [],
            _ => [],
        };
        var templates = Services.GetRequiredService<LiquidTemplates>();
        var scope = Model(Scope());
        var rendered = new JsonObject();
        foreach (var (key, value) in source)
        {
            rendered[key] = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? JsonValue.Create(templates.Render(v.GetValue<string>(), scope)) : value?.DeepClone();
        }
        return rendered;
    }

    private static IReadOnlyDictionary<string, object?> Model(JsonObject scope) => scope.ToDictionary(p => p.Key, p => (object?)p.Value);

    /// <summary>A JavaScript expression property evaluated, or null when it is not set.</summary>
    public JsonNode? Evaluate(string property) =>
        Activity.Text(property) is { Length: > 0 } code ? Services.GetRequiredService<ScriptSandbox>().Evaluate(code, Scope()) : null;

    /// <summary>A JavaScript condition property: true when unset, else the expression's truthiness.</summary>
    public bool Condition(string property)
    {
        if (Activity.Text(property) is not { Length: > 0 }) return true;
        return Evaluate(property) switch
        {
            null => false,
            JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
            JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>() != 0,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length > 0,
            _ => true,
        };
    }
}
