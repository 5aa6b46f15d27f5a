namespace Crm.SalesActivities.Models;

/// <param name="Key">A stable id for the section (overdue, today, upcoming, someday).</param>
/// <param name="HasMore">More planned activities match than the section shows.</param>
public sealed record ToDoSection(string Key, string Title, IReadOnlyList<ToDoRow> Rows, bool HasMore);
