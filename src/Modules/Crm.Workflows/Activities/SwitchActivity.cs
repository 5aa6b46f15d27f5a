using System.Text.Json.Nodes;
using Crm.Workflows.Definitions;
using Crm.Workflows.Expressions;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Activities;

/// <summary>Follows the first case whose condition holds (cases are named outcomes), else Default.</summary>
public sealed class SwitchActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Switch", "Flow", "Switch", "Chooses among named cases by their conditions, in order.",
        [new("cases", PropertyKind.Json, "Case name → JavaScript condition, e.g. { \"Vip\": \"item.Grade == 'VIP'\" }", Required: true)], [Activities.Outcomes.Default]);

    public IEnumerable<string> Outcomes(ActivityDefinition activity) => Cases(activity).Select(c => c.Name).Append(Activities.Outcomes.Default);

    public IEnumerable<string> Validate(ActivityDefinition activity) =>
        Cases(activity).Select(c => ScriptSandbox.ParseError(c.Condition) is { } error ? $"case {c.Name}: {error}" : null).OfType<string>();

    public Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var sandbox = context.Services.GetRequiredService<ScriptSandbox>();
        var scope = context.Scope();
        foreach (var (name, condition) in Cases(context.Activity))
        {
            if (sandbox.Evaluate(condition, scope) is JsonValue value && value.TryGetValue<bool>(out var holds) && holds) return Task.FromResult(ActivityResult.Outcome(name));
        }
        return Task.FromResult(ActivityResult.Outcome(Activities.Outcomes.Default));
    }

    private static IEnumerable<(string Name, string Condition)> Cases(ActivityDefinition activity) =>
        activity.Property("cases") is JsonObject cases
            ? cases.Where(c => c.Value is JsonValue v && v.TryGetValue<string>(out _)).Select(c => (c.Key, c.Value!.GetValue<string>()))
            : [];
}
