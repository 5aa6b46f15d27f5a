namespace Crm.KnowledgeBase.Search;

/// <summary>
/// Whether an article must hold every word of the search (a search box) or any of them (suggestions from a ticket's
/// subject or a chat message, where most words are not in any article; the best-ranked still come first).
/// </summary>
public enum ArticleMatch
{
    AllWords,
    AnyWord,
}
