namespace Crm.LiveChat.CannedAnswers;

/// <summary>
/// A supplier of canned answers for the chat console. The module's own CannedAnswer items are one source; a knowledge-base
/// module can add its articles by registering another (<c>services.AddScoped&lt;ICannedAnswerSource, ...&gt;()</c>) without
/// this module knowing it.
/// </summary>
public interface ICannedAnswerSource
{
    /// <param name="term">Words the agent typed to narrow the list (title, body or shortcut); null or empty for the source's default list.</param>
    /// <param name="limit">At most this many answers.</param>
    Task<IReadOnlyList<CannedAnswer>> FindAsync(string? term, int limit, CancellationToken cancellationToken);
}
