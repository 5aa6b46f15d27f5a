using Crm.Core.Content.Definitions;

namespace Crm.Contents.Models.Kanban;

/// <param name="Field">The type's kanban field (a single choice) whose options are the columns.</param>
/// <param name="Notice">A message after a move without JavaScript, already in the user's language.</param>
public sealed record KanbanBoard(ContentTypeDefinition Type, ContentFieldReference Field, IReadOnlyList<KanbanColumn> Columns, bool OwnOnly, string? Notice)
{
    public const int DefaultCardsPerColumn = 20;
    public const int MaxCardsPerColumn = 100;
}
