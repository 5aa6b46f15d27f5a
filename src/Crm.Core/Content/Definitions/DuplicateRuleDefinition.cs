namespace Crm.Core.Content.Definitions;

/// <summary>
/// When two items of a type are probably the same record, e.g. <c>{ "Kind": "Email", "Fields": ["Email"] }</c>.
/// Email and Phone rules match when any listed field of one item equals any of the other; Exact when every listed
/// field is set and equal; NameSimilarity compares one field with <see cref="Threshold"/>.
/// </summary>
public sealed record DuplicateRuleDefinition(string Name, DuplicateRuleKind Kind, IReadOnlyList<string> Fields, double? Threshold = null)
{
    public const double DefaultThreshold = 0.85;

    public double EffectiveThreshold => Threshold ?? DefaultThreshold;

    /// <summary>The name a rule gets when the recipe gives none: "EmailEmail", "ExactCompanyName".</summary>
    public static string DefaultName(DuplicateRuleKind kind, IEnumerable<string> fields) =>
        string.Concat(fields.Select(f => f.Replace(".", "", StringComparison.Ordinal)).Prepend(kind.ToString()));
}
