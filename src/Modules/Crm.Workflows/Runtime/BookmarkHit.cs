using System.Text.Json.Nodes;

namespace Crm.Workflows.Runtime;

/// <summary>What resumed an activity: its timer (<see cref="TimedOut"/>) or its event (with the event's payload).</summary>
public sealed record BookmarkHit(string BookmarkId, string ActivityId, bool TimedOut, JsonNode? Payload);
