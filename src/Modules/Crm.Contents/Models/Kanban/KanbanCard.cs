namespace Crm.Contents.Models.Kanban;

/// <summary>One item on the board; <see cref="Version"/> goes back with a move so a stale card is refused.</summary>
public sealed record KanbanCard(string Id, string DisplayText, int Version, bool CanMove);
