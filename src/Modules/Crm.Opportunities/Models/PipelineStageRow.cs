namespace Crm.Opportunities.Models;

/// <param name="Stage">The option's value (the setting's key).</param>
/// <param name="Label">The option's label, as staff see it.</param>
/// <param name="Value">The text in the box: what was posted, or the stored percentage.</param>
/// <param name="Fixed">Won and Lost: shown, not editable.</param>
/// <param name="Error">What is wrong with the box, in the user's language.</param>
public sealed record PipelineStageRow(string Stage, string Label, string Value, bool Fixed, string? Error);
