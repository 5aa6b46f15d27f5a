namespace Crm.Workflows.Definitions;

/// <summary>When <see cref="Source"/> ends with <see cref="Outcome"/>, <see cref="Destination"/> runs next.</summary>
public sealed record TransitionDefinition(string Source, string Outcome, string Destination);
