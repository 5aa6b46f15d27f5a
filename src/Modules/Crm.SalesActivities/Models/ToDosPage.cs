namespace Crm.SalesActivities.Models;

/// <param name="ShowOwner">The owner column (on the team's overdue list).</param>
public sealed record ToDosPage(string Title, IReadOnlyList<ToDoSection> Sections, bool ShowOwner, TimeZoneInfo Zone, string? Notice);
