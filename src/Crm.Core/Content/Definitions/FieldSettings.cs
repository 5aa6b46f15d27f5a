using System.Text.Json.Nodes;

namespace Crm.Core.Content.Definitions;

/// <summary>Settings every field kind understands; each kind uses the ones that apply to it.</summary>
public sealed record FieldSettings
{
    public string? DisplayName { get; init; }
    public string? Hint { get; init; }
    public bool Required { get; init; }
    public JsonNode? Default { get; init; }

    /// <summary>Number/Money: smallest and largest value. Date/DateTime: not used.</summary>
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }

    /// <summary>Text kinds: longest allowed text.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Text: a regular expression the whole value must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>Choice: the allowed options.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    /// <summary>Choice, ContentPicker, UserPicker: more than one value.</summary>
    public bool Multiple { get; init; }

    /// <summary>Give the field an expression index so filters and sorts on it are fast.</summary>
    public bool Indexed { get; init; }

    /// <summary>
    /// No two live items of a type may have the same value (text compared without regard to case; empty values never
    /// collide). Enforced by a unique index, so concurrent writes cannot both pass.
    /// </summary>
    public bool Unique { get; init; }

    public int Position { get; init; }

    /// <summary>Kept by the system (e.g. a customer's last activity): shown on screens, not edited on forms or through API inputs.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>ContentPicker: the types an item may point at.</summary>
    public IReadOnlyList<string> RelatedTypes { get; init; } = [];

    /// <summary>Money: the default currency (ISO 4217).</summary>
    public string? Currency { get; init; }
}
