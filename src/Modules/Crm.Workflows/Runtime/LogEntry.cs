namespace Crm.Workflows.Runtime;

/// <summary>One step of an instance: which activity ran, how it ended, and a note (what it did, or why it failed).</summary>
public sealed record LogEntry(string ActivityId, string ActivityType, string? Outcome, string? Message, DateTimeOffset At, int DurationMs);
