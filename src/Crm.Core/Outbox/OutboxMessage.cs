using System.Text.Json.Nodes;

namespace Crm.Core.Outbox;

/// <summary>A side effect waiting in (or done by) the outbox. <see cref="Attempts"/> counts deliveries started so far.</summary>
public sealed record OutboxMessage
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required JsonObject Payload { get; init; }

    /// <summary>The caller's key for finding the message again, e.g. the workflow bookmark waiting for it.</summary>
    public string? Correlation { get; init; }

    public OutboxStatus Status { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptUtc { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset? CompletedUtc { get; init; }

    /// <summary>What the handler answered when the message was delivered (e.g. the SMTP server's reply).</summary>
    public JsonObject? Result { get; init; }
}
