namespace Crm.Core.Outbox;

/// <summary>Where a message is: waiting to be (re)tried, delivered, or given up after its last attempt.</summary>
public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}
