using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Recipes;

/// <summary>
/// Reads and writes definitions in Orchard Core's recipe shape: "ContentTypes" with
/// "ContentTypePartDefinitionRecords", "ContentParts" with "ContentPartFieldDefinitionRecords", and settings
/// nested by settings name ("ContentTypeSettings", "CrmTypeSettings", "ContentPartFieldSettings", "{Kind}FieldSettings").
/// </summary>
public static class OrchardDefinitionFormat
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public sealed record ParsedDefinitions(IReadOnlyList<ContentTypeDefinition> Types, IReadOnlyList<ContentPartDefinition> Parts);

    /// <param name="error">Receives a path relative to the step (".ContentTypes[0].Name") and a message.</param>
    public static ParsedDefinitions Read(JsonObject step, Action<string, string> error)
    {
        var types = new List<ContentTypeDefinition>();
        foreach (var (type, path) in Objects(step, "ContentTypes", "", error))
        {
            var name = Text(type, "Name", path, error, required: true);
            if (name is null) continue;
            var settings = type["Settings"] as JsonObject;
            var crm = Section<CrmTypeSettingsDto>(settings, "CrmTypeSettings", $"{path}.Settings", error) ?? new();
            var common = Section<ContentTypeSettingsDto>(settings, "ContentTypeSettings", $"{path}.Settings", error) ?? new();
            var parts = new List<ContentTypePartDefinition>();
            foreach (var (record, recordPath) in Objects(type, "ContentTypePartDefinitionRecords", path, error))
            {
                var partName = Text(record, "PartName", recordPath, error, required: true);
                if (partName is null) continue;
                var position = Position(record["Settings"]?["ContentTypePartSettings"]?["Position"]);
                parts.Add(new ContentTypePartDefinition(partName, Text(record, "Name", recordPath, error) ?? partName, position));
            }
            types.Add(new ContentTypeDefinition
            {
                Name = name,
                DisplayName = Text(type, "DisplayName", path, error) ?? name,
                Settings = new ContentTypeSettings
                {
                    Creatable = common.Creatable ?? true,
                    Listable = common.Listable ?? true,
                    Securable = common.Securable ?? false,
                    DisplayText = crm.DisplayText,
                    ListColumns = crm.ListColumns ?? [],
                    KanbanField = crm.KanbanField,
                    CompositeIndexes = crm.CompositeIndexes?.Select(i => new CompositeIndexDefinition(i.Name ?? "", i.Fields ?? [])).ToList() ?? [],
                    UniqueKeys = crm.UniqueKeys?.Select(k => new UniqueKeyDefinition(k.Name ?? "", k.Fields ?? [])).ToList() ?? [],
                    DuplicateRules = DuplicateRules(crm.DuplicateRules, $"{path}.Settings.CrmTypeSettings.DuplicateRules", error),
                },
                Parts = parts,
            });
        }

        var partsDefined = new List<ContentPartDefinition>();
        foreach (var (part, path) in Objects(step, "ContentParts", "", error))
        {
            var name = Text(part, "Name", path, error, required: true);
            if (name is null) continue;
            var partSettings = Section<PartSettingsDto>(part["Settings"] as JsonObject, "ContentPartSettings", $"{path}.Settings", error);
            var fields = new List<ContentFieldDefinition>();
            foreach (var (record, recordPath) in Objects(part, "ContentPartFieldDefinitionRecords", path, error))
            {
                var fieldName = Text(record, "Name", recordPath, error, required: true);
                var kind = Text(record, "FieldName", recordPath, error, required: true);
                if (fieldName is null || kind is null) continue;
                var kindName = kind.EndsWith("Field", StringComparison.Ordinal) ? kind[..^5] : kind;
                var settings = record["Settings"] as JsonObject;
                var common = Section<FieldCommonDto>(settings, "ContentPartFieldSettings", $"{recordPath}.Settings", error) ?? new();
                var specific = Section<FieldSettingsDto>(settings, $"{kindName}FieldSettings", $"{recordPath}.Settings", error) ?? new();
                fields.Add(new ContentFieldDefinition(fieldName, kindName, specific.ToSettings(common)));
            }
            partsDefined.Add(new ContentPartDefinition { Name = name, DisplayName = partSettings?.DisplayName, Description = partSettings?.Description, Fields = fields });
        }
        return new ParsedDefinitions(types, partsDefined);
    }

    /// <summary>Applies parsed definitions on top of existing ones: types and parts are upserted, a part's fields merged by name.</summary>
    public static ContentDefinitions Merge(ContentDefinitions current, ParsedDefinitions parsed)
    {
        var result = current;
        foreach (var part in parsed.Parts)
        {
            var existing = result.FindPart(part.Name);
            var fields = (existing?.Fields ?? []).Where(f => part.Fields.All(n => !string.Equals(n.Name, f.Name, StringComparison.OrdinalIgnoreCase))).Concat(part.Fields).ToList();
            result = result.With(part with
            {
                DisplayName = part.DisplayName ?? existing?.DisplayName,
                Description = part.Description ?? existing?.Description,
                Fields = fields,
                RemovedFields = (existing?.RemovedFields ?? []).Where(r => fields.All(f => !string.Equals(f.Name, r, StringComparison.OrdinalIgnoreCase))).ToList(),
            });
        }
        foreach (var type in parsed.Types)
        {
            var existing = result.FindType(type.Name);
            var parts = (existing?.Parts ?? []).Where(p => type.Parts.All(n => !string.Equals(n.Name, p.Name, StringComparison.OrdinalIgnoreCase))).Concat(type.Parts).ToList();
            result = result.With(type with { Parts = parts });
        }
        return result;
    }

    public static JsonObject Write(ContentDefinitions definitions) => new()
    {
        ["name"] = "ContentDefinition",
        ["ContentTypes"] = new JsonArray(definitions.Types.OrderBy(t => t.Name).Select(t => (JsonNode)new JsonObject
        {
            ["Name"] = t.Name,
            ["DisplayName"] = t.DisplayName,
            ["Settings"] = new JsonObject
            {
                ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = t.Settings.Creatable, ["Listable"] = t.Settings.Listable, ["Securable"] = t.Settings.Securable },
                ["CrmTypeSettings"] = JsonSerializer.SerializeToNode(new CrmTypeSettingsDto
                {
                    DisplayText = t.Settings.DisplayText,
                    ListColumns = t.Settings.ListColumns.ToList(),
                    KanbanField = t.Settings.KanbanField,
                    CompositeIndexes = t.Settings.CompositeIndexes.Select(i => new CompositeIndexDto { Name = i.Name, Fields = i.Fields.ToList() }).ToList(),
                    UniqueKeys = t.Settings.UniqueKeys.Count == 0 ? null : t.Settings.UniqueKeys.Select(k => new CompositeIndexDto { Name = k.Name, Fields = k.Fields.ToList() }).ToList(),
                    DuplicateRules = t.Settings.DuplicateRules.Count == 0 ? null : t.Settings.DuplicateRules
                        .Select(r => new DuplicateRuleDto { Name = r.Name, Kind = r.Kind.ToString(), Fields = r.Fields.ToList(), Threshold = r.Threshold }).ToList(),
                }),
            },
            ["ContentTypePartDefinitionRecords"] = new JsonArray(t.Parts.Select(p => (JsonNode)new JsonObject
            {
                ["PartName"] = p.PartName,
                ["Name"] = p.Name,
                ["Settings"] = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = p.Position.ToString(CultureInfo.InvariantCulture) } },
            }).ToArray()),
        }).ToArray()),
        ["ContentParts"] = new JsonArray(definitions.Parts.OrderBy(p => p.Name).Select(p => (JsonNode)new JsonObject
        {
            ["Name"] = p.Name,
            ["Settings"] = new JsonObject { ["ContentPartSettings"] = new JsonObject { ["DisplayName"] = p.DisplayName, ["Description"] = p.Description } },
            ["ContentPartFieldDefinitionRecords"] = new JsonArray(p.Fields.Select(f => (JsonNode)new JsonObject
            {
                ["FieldName"] = f.Kind + "Field",
                ["Name"] = f.Name,
                ["Settings"] = new JsonObject
                {
                    ["ContentPartFieldSettings"] = new JsonObject
                    {
                        ["DisplayName"] = f.Settings.DisplayName,
                        ["Hint"] = f.Settings.Hint,
                        ["Position"] = f.Settings.Position.ToString(CultureInfo.InvariantCulture),
                        ["ReadOnly"] = f.Settings.ReadOnly ? true : null,
                    },
                    [$"{f.Kind}FieldSettings"] = JsonSerializer.SerializeToNode(FieldSettingsDto.From(f.Settings)),
                },
            }).ToArray()),
        }).ToArray()),
    };

    private static List<DuplicateRuleDefinition> DuplicateRules(List<DuplicateRuleDto>? rules, string path, Action<string, string> error)
    {
        var result = new List<DuplicateRuleDefinition>();
        for (var i = 0; i < (rules?.Count ?? 0); i++)
        {
            var rule = rules![i];
            if (rule is null)
            {
                error($"{path}[{i}]", "must be an object");
                continue;
            }
            if (!Enum.TryParse<DuplicateRuleKind>(rule.Kind, ignoreCase: true, out var kind) || int.TryParse(rule.Kind, out _))
            {
                error($"{path}[{i}].Kind", rule.Kind is null
                    ? $"is required; one of {string.Join(", ", Enum.GetNames<DuplicateRuleKind>())}"
                    : $"'{rule.Kind}' is not a duplicate rule kind; one of {string.Join(", ", Enum.GetNames<DuplicateRuleKind>())}");
                continue;
            }
            var fields = rule.Fields ?? [];
            result.Add(new DuplicateRuleDefinition(rule.Name ?? DuplicateRuleDefinition.DefaultName(kind, fields), kind, fields, rule.Threshold));
        }
        return result;
    }

    private static IEnumerable<(JsonObject Item, string Path)> Objects(JsonObject owner, string property, string ownerPath, Action<string, string> error)
    {
        var path = $"{ownerPath}.{property}";
        switch (owner[property])
        {
            case null:
                yield break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject item) yield return (item, $"{path}[{i}]");
                    else error($"{path}[{i}]", "must be an object");
                }
                break;
            default:
                error(path, "must be an array");
                break;
        }
    }

    private static string? Text(JsonObject owner, string property, string ownerPath, Action<string, string> error, bool required = false)
    {
        var node = owner[property];
        if (node is null)
        {
            if (required) error($"{ownerPath}.{property}", "is required");
            return null;
        }
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String) return v.GetValue<string>();
        error($"{ownerPath}.{property}", "must be a string");
        return null;
    }

    private static T? Section<T>(JsonObject? settings, string name, string settingsPath, Action<string, string> error) where T : class
    {
        if (settings?[name] is not { } node) return null;
        try
        {
            return node.Deserialize<T>(Options);
        }
        catch (JsonException e)
        {
            error($"{settingsPath}.{name}{(e.Path is { Length: > 1 } p ? p[1..] : "")}", "has a value of the wrong type");
            return null;
        }
    }

    private static int Position(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<int>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && int.TryParse(v.GetValue<string>(), CultureInfo.InvariantCulture, out var p) => p,
        _ => 0,
    };
}
