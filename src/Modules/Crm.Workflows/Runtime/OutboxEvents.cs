using System.Text.Json.Nodes;
using Crm.Core.Outbox;

namespace Crm.Workflows.Runtime;

/// <summary>
/// Resumes the instance that waits for an outbox message (an HTTP request): when the message ends, sent or failed, its
/// outcome is published as the event <c>outbox:{id}</c>, in the transaction that records the outcome.
/// </summary>
public sealed class OutboxEvents(WorkflowEvents events) : IOutboxCompletionHandler
{
    public static string EventName(string messageId) => $"outbox:{messageId}";

    public async Task CompletedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["delivered"] = message.Status == OutboxStatus.Sent,
            ["result"] = message.Result?.DeepClone(),
            ["error"] = message.LastError,
        };
        await events.PublishAsync(EventName(message.Id), null, payload, cancellationToken);
    }
}
