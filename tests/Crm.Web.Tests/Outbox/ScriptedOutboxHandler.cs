using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Crm.Core.Outbox;

namespace Crm.Web.Tests.Outbox;

/// <summary>What the scripted handler does and what it saw: fails the first <see cref="FailuresBeforeSuccess"/> attempts, records every attempt.</summary>
public sealed class OutboxScript(TimeProvider clock)
{
    public int FailuresBeforeSuccess { get; set; }
    public bool Permanent { get; set; }
    public TimeSpan DeliveryTime { get; set; }
    public ConcurrentQueue<(string Id, DateTimeOffset At)> Attempts { get; } = new();
    public ConcurrentQueue<string> Delivered { get; } = new();
    public ConcurrentQueue<OutboxMessage> Completed { get; } = new();

    internal DateTimeOffset Now => clock.GetUtcNow();
}

/// <summary>An outbox handler for kind "test" driven by <see cref="OutboxScript"/>.</summary>
public sealed class ScriptedOutboxHandler(OutboxScript script) : IOutboxHandler
{
    public const string TestKind = "test";

    public string Kind => TestKind;

    public async Task<JsonObject?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        script.Attempts.Enqueue((message.Id, script.Now));
        if (script.DeliveryTime > TimeSpan.Zero) await Task.Delay(script.DeliveryTime, cancellationToken);
        if (script.Permanent) throw new OutboxPermanentException("the address does not exist");
        if (script.Attempts.Count(a => a.Id == message.Id) <= script.FailuresBeforeSuccess)
        {
            throw new InvalidOperationException("server unavailable");
        }
        script.Delivered.Enqueue(message.Id);
        return new JsonObject { ["echo"] = message.Payload["n"]?.DeepClone() };
    }
}

/// <summary>Records every message that ended.</summary>
public sealed class RecordingCompletionHandler(OutboxScript script) : IOutboxCompletionHandler
{
    public Task CompletedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        script.Completed.Enqueue(message);
        return Task.CompletedTask;
    }
}
