namespace Crm.Helpdesk.Models;

/// <summary>A ticket as the queue, "my tickets" and the dashboard card list it.</summary>
public sealed record TicketRow(
    string Id, int Version, string Number, string Subject, string Status, string? Priority, string? Channel,
    string? CustomerId, string? CustomerName, string? AssigneeName, DateTimeOffset? ReceivedAt, DateTimeOffset? ResponseDueAt,
    bool Breached, IReadOnlyList<TicketLabelChip> Labels);
