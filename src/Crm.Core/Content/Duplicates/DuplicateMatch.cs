using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Duplicates;

/// <summary>An existing item that a rule calls a duplicate; <see cref="Score"/> is 1 except for name similarity.</summary>
public sealed record DuplicateMatch(DuplicateItem Item, string Rule, DuplicateRuleKind Kind, double Score);
