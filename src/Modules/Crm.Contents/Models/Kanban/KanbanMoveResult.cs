namespace Crm.Contents.Models.Kanban;

/// <summary>The JSON answer to a card move from the board's script: the new version on success, or why it was refused.</summary>
public sealed record KanbanMoveResult(bool Moved, int? Version, string? Message);
