namespace Crm.Contents.Models.Kanban;

/// <param name="Value">The option's value; null for the "(none)" column of items without one.</param>
/// <param name="MoreUrl">The list filtered on this column, when it holds more cards than the board shows.</param>
public sealed record KanbanColumn(string? Value, string Label, IReadOnlyList<KanbanCard> Cards, string Count, string? MoreUrl);
