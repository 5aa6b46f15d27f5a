using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crm.Core.Content.Definitions;
using Crm.Core.Modules;
using Crm.Core.Templates;
using Crm.Workflows.Activities;
using Crm.Workflows.Expressions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Definitions;

/// <summary>
/// Checks a workflow before it is published: names, start activities, known and enabled activity types, required
/// settings, settings that must parse (scripts, templates, durations, cron, content types), transitions between existing
/// activities on outcomes the source has, and that every activity can be reached from a start. Reports every problem.
/// </summary>
public sealed partial class WorkflowValidator(ActivityRegistry registry, FeatureManager features, ContentDefinitionManager content, LiquidTemplates templates,
    ShippedContentTypes shipped)
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,99}$")]
    private static partial Regex NamePattern();

    public async Task<IReadOnlyList<WorkflowProblem>> ValidateAsync(WorkflowDefinition workflow, CancellationToken cancellationToken = default)
    {
        var problems = new List<WorkflowProblem>();
        if (!NamePattern().IsMatch(workflow.Name)) problems.Add(new("", "name", "A name starts with a letter and has letters, digits, - or _ (at most 100)."));
        var definitions = await content.GetAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in workflow.Activities)
        {
            var at = activity.Id ?? "";
            if (string.IsNullOrWhiteSpace(activity.Id) || !ids.Add(activity.Id)) problems.Add(new(at, "id", "Every activity needs its own id."));
            var type = registry.Find(activity.Type);
            if (type is null || !await features.IsEnabledAsync(type.Descriptor.Feature, cancellationToken))
            {
                problems.Add(new(at, "type", $"'{activity.Type}' is not an activity of this tenant."));
                continue;
            }
            if (activity.IsStart != type.Descriptor.IsTrigger)
            {
                problems.Add(new(at, "isStart", activity.IsStart ? $"{type.Descriptor.DisplayName} cannot start a workflow." : $"{type.Descriptor.DisplayName} only starts workflows."));
            }
            var awaited = await AwaitedTypeAsync(activity, type, definitions, cancellationToken);
            foreach (var property in type.Descriptor.Properties) problems.AddRange(Check(activity, property, definitions, awaited));
            problems.AddRange(type.Validate(activity).Select(m => new WorkflowProblem(at, "properties", m)));
        }
        if (!workflow.Activities.Any(a => a.IsStart)) problems.Add(new("", "activities", "A workflow needs a start activity (a trigger)."));
        problems.AddRange(CheckTransitions(workflow));
        problems.AddRange(Unreachable(workflow));
        return problems;
    }

    /// <summary>
    /// The type a content event trigger names when no such type is defined yet but a feature ships it (see
    /// <see cref="ShippedContentTypes"/>): the trigger is allowed and fires once the type exists.
    /// </summary>
    private async Task<string?> AwaitedTypeAsync(ActivityDefinition activity, IWorkflowActivity type, ContentDefinitions definitions, CancellationToken cancellationToken) =>
        type is Triggers.ContentTrigger && activity.Text("contentType") is { Length: > 0 } name && definitions.FindType(name) is null
        && await shipped.FeatureOfAsync(name, cancellationToken) is not null ? name : null;

    private IEnumerable<WorkflowProblem> Check(ActivityDefinition activity, PropertyDescriptor property, ContentDefinitions definitions, string? awaited)
    {
        var path = $"properties.{property.Name}";
        var value = activity.Property(property.Name);
        var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        var empty = value is null || (text is not null && text.Trim().Length == 0);
        if (empty)
        {
            if (property.Required) yield return new(activity.Id, path, $"{property.Name} is required.");
            yield break;
        }
        var problem = property.Kind switch
        {
            PropertyKind.Expression or PropertyKind.Script => text is null ? "must be JavaScript text" : ScriptSandbox.ParseError(text),
            PropertyKind.Text => text is null ? "must be text" : templates.Error(text),
            PropertyKind.Duration => text is null || (Durations.Parse(text) is null && templates.Error(text) is not null) ? "must be a duration such as 3d, 2h or 30m" : null,
            PropertyKind.ContentType => text is null || (definitions.FindType(text) is null && text != awaited) ? $"'{text}' is not a content type" : null,
            PropertyKind.Json => JsonProblem(value!),
            PropertyKind.Number => value is JsonValue n && n.GetValueKind() == JsonValueKind.Number ? null : "must be a number",
            PropertyKind.Boolean => value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : "must be true or false",
            PropertyKind.Choice => text is not null && property.Options?.Contains(text, StringComparer.OrdinalIgnoreCase) != false ? null : $"must be one of {string.Join(", ", property.Options ?? [])}",
            _ => null,
        };
        if (problem is not null) yield return new(activity.Id, path, $"{property.Name}: {problem}");
    }

    private string? JsonProblem(JsonNode value)
    {
        var obj = value as JsonObject;
        if (value is JsonValue text && text.TryGetValue<string>(out var json))
        {
            try
            {
                obj = JsonNode.Parse(json) as JsonObject;
            }
            catch (JsonException e)
            {
                return "is not JSON: " + e.Message;
            }
        }
        if (obj is null) return "must be a JSON object";
        return obj.Select(p => p.Value is JsonValue s && s.TryGetValue<string>(out var t) ? templates.Error(t) : null).FirstOrDefault(p => p is not null);
    }

    private IEnumerable<WorkflowProblem> CheckTransitions(WorkflowDefinition workflow)
    {
        for (var i = 0; i < workflow.Transitions.Count; i++)
        {
            var transition = workflow.Transitions[i];
            var source = workflow.Find(transition.Source);
            if (source is null) yield return new("", $"transitions[{i}]", $"comes from '{transition.Source}', which is not an activity of the workflow.");
            else if (registry.Find(source.Type) is { } type && !type.Outcomes(source).Contains(transition.Outcome, StringComparer.OrdinalIgnoreCase))
            {
                yield return new(source.Id, $"transitions[{i}]", $"{type.Descriptor.DisplayName} has no outcome '{transition.Outcome}' (it has {string.Join(", ", type.Outcomes(source))}).");
            }
            if (workflow.Find(transition.Destination) is null) yield return new("", $"transitions[{i}]", $"goes to '{transition.Destination}', which is not an activity of the workflow.");
        }
    }

    private static IEnumerable<WorkflowProblem> Unreachable(WorkflowDefinition workflow)
    {
        var reached = new HashSet<string>(workflow.Activities.Where(a => a.IsStart).Select(a => a.Id));
        var pending = new Queue<string>(reached);
        while (pending.TryDequeue(out var id))
        {
            foreach (var next in workflow.Transitions.Where(t => t.Source == id).Select(t => t.Destination))
            {
                if (reached.Add(next)) pending.Enqueue(next);
            }
        }
        return workflow.Activities.Where(a => !reached.Contains(a.Id)).Select(a => new WorkflowProblem(a.Id, "", "cannot be reached from a start activity."));
    }
}
