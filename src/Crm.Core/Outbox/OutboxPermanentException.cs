namespace Crm.Core.Outbox;

/// <summary>Thrown by an <see cref="IOutboxHandler"/> when the message can never be delivered (bad address, refused for good).</summary>
public sealed class OutboxPermanentException(string message, Exception? innerException = null) : Exception(message, innerException);
