using Crm.Core.Content.Definitions;

namespace Crm.Core.Content.Duplicates;

/// <summary>Items that one rule calls the same record; <see cref="Key"/> is the normal form they share (or, for names, the first member's).</summary>
public sealed record DuplicateGroup(string Rule, DuplicateRuleKind Kind, string Key, IReadOnlyList<DuplicateItem> Items);
