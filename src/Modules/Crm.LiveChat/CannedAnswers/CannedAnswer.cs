namespace Crm.LiveChat.CannedAnswers;

/// <summary>A ready answer an agent inserts into a chat, by its shortcut ("/hours") or from the picker.</summary>
/// <param name="Source">Where it comes from, e.g. "CannedAnswer" or a knowledge-base article type, for the picker's grouping.</param>
public sealed record CannedAnswer(string Title, string Body, string? Shortcut, string Source);
