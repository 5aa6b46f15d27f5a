namespace Crm.Core.Content.Definitions;

/// <param name="Value">What is stored.</param>
/// <param name="Label">What staff see (may differ per language later; the value never does).</param>
public sealed record ChoiceOption(string Value, string Label);
