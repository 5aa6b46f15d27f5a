namespace Crm.Workflows.Activities;

/// <summary>
/// Where an activity waits: until a time (<see cref="Due"/>), for an event (<see cref="EventName"/> with a correlation),
/// or both (an event with a timeout). The activity resumes when the first of them happens; the other is cancelled.
/// </summary>
public sealed record BookmarkRequest(DateTimeOffset? Due = null, string? EventName = null, string? Correlation = null);
