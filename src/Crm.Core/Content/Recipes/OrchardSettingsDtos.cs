using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Recipes;

// The settings sections of Orchard Core's definition shape, as read from and written to recipes.

internal sealed class ContentTypeSettingsDto
{
    public bool? Creatable { get; set; }
    public bool? Listable { get; set; }
    public bool? Securable { get; set; }
}

internal sealed class CrmTypeSettingsDto
{
    public string? DisplayText { get; set; }
    public List<string>? ListColumns { get; set; }
    public string? KanbanField { get; set; }
    public List<CompositeIndexDto>? CompositeIndexes { get; set; }
    public List<CompositeIndexDto>? UniqueKeys { get; set; }
    public List<DuplicateRuleDto>? DuplicateRules { get; set; }
}

internal sealed class DuplicateRuleDto
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public List<string>? Fields { get; set; }
    public double? Threshold { get; set; }
}

/// <summary>A named list of fields: a composite index, or a unique key.</summary>
internal sealed class CompositeIndexDto
{
    public string? Name { get; set; }
    public List<string>? Fields { get; set; }
}

internal sealed class PartSettingsDto
{
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
}

internal sealed class FieldCommonDto
{
    public string? DisplayName { get; set; }
    public string? Hint { get; set; }
    public JsonNode? Position { get; set; }
    public bool? ReadOnly { get; set; }
}

internal sealed class FieldSettingsDto
{
    public bool Required { get; set; }
    public JsonNode? Default { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int? MaxLength { get; set; }
    public string? Pattern { get; set; }
    public List<ChoiceOption>? Options { get; set; }
    public bool Multiple { get; set; }
    public bool Indexed { get; set; }
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Unique { get; set; }
    public List<string>? RelatedTypes { get; set; }
    public string? Currency { get; set; }

    public FieldSettings ToSettings(FieldCommonDto common) => new()
    {
        DisplayName = common.DisplayName,
        Hint = common.Hint,
        ReadOnly = common.ReadOnly == true,
        Position = common.Position is JsonValue p && (p.TryGetValue<int>(out var n) || (p.TryGetValue<string>(out var s) && int.TryParse(s, out n))) ? n : 0,
        Required = Required,
        Default = Default?.DeepClone(),
        Min = Min,
        Max = Max,
        MaxLength = MaxLength,
        Pattern = Pattern,
        Options = Options ?? [],
        Multiple = Multiple,
        Indexed = Indexed,
        Unique = Unique,
        RelatedTypes = RelatedTypes ?? [],
        Currency = Currency,
    };

    public static FieldSettingsDto From(FieldSettings s) => new()
    {
        Required = s.Required, Default = s.Default?.DeepClone(), Min = s.Min, Max = s.Max, MaxLength = s.MaxLength, Pattern = s.Pattern,
        Options = s.Options.Count > 0 ? s.Options.ToList() : null, Multiple = s.Multiple, Indexed = s.Indexed, Unique = s.Unique,
        RelatedTypes = s.RelatedTypes.Count > 0 ? s.RelatedTypes.ToList() : null, Currency = s.Currency,
    };
}
