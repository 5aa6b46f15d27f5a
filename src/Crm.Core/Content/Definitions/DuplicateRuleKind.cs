namespace Crm.Core.Content.Definitions;

/// <summary>How a duplicate rule compares items.</summary>
public enum DuplicateRuleKind
{
    /// <summary>Same e-mail address once trimmed and lower-cased (Gmail dots and +tags ignored).</summary>
    Email,

    /// <summary>Same phone number once reduced to digits (Korean international and national forms agree).</summary>
    Phone,

    /// <summary>Same values in all the listed fields (trimmed, case ignored).</summary>
    Exact,

    /// <summary>Names alike (Jaro-Winkler on the normalised name) at or above the rule's threshold.</summary>
    NameSimilarity,
}
