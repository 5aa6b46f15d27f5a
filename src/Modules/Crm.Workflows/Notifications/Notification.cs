namespace Crm.Workflows.Notifications;

/// <summary>A notification as its reader sees it: the message, an optional link, when, and whether this reader has read it.</summary>
public sealed record Notification(string Id, string Message, string? Link, DateTimeOffset CreatedUtc, bool Read);
