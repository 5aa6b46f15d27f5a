namespace Crm.Core.Outbox;

/// <summary>
/// Hears that a message ended: <see cref="OutboxMessage.Status"/> is <see cref="OutboxStatus.Sent"/> (with
/// <see cref="OutboxMessage.Result"/>) or <see cref="OutboxStatus.Failed"/> (with <see cref="OutboxMessage.LastError"/>).
/// Register with <c>services.AddOutboxCompletionHandler&lt;T&gt;()</c>; e.g. the workflow engine resumes the instance whose
/// bookmark is <see cref="OutboxMessage.Correlation"/>. Runs in the message's tenant scope, inside the transaction that
/// records the outcome, so work done here commits with it. The side effect already happened and is never repeated: when a
/// listener throws, its work is rolled back, the outcome is recorded without it and the error is logged and noted on the
/// message — so a listener should turn its own failures into state it can recover from (an incident) rather than throw.
/// </summary>
public interface IOutboxCompletionHandler
{
    Task CompletedAsync(OutboxMessage message, CancellationToken cancellationToken);
}
