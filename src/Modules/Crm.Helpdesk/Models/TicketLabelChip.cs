namespace Crm.Helpdesk.Models;

/// <param name="Color">A CSS colour such as #d63384, or null for the default.</param>
public sealed record TicketLabelChip(string Name, string? Color);
