namespace Crm.SalesActivities.Models;

/// <summary>One planned activity on a to-do screen, with the names it needs (its customer's, its owner's).</summary>
public sealed record ToDoRow(string Id, int Version, string Subject, string? Kind, DateTimeOffset? DueAt, string? CustomerId, string? CustomerName, string? OwnerName);
