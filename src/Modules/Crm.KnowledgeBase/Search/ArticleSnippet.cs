using System.Text;
using System.Net;

namespace Crm.KnowledgeBase.Search;

/// <summary>
/// A snippet as plain text runs, some of them matches of the search words. The databases mark matches with two control
/// characters that the indexed text never holds (<see cref="ArticleDocument"/> strips them), so the text itself is never
/// taken for markup: <see cref="ToHtml"/> encodes every run and wraps only the matches in &lt;mark&gt;.
/// </summary>
public sealed record ArticleSnippet(IReadOnlyList<SnippetRun> Runs)
{
    public const char MatchStart = '\u0002';
    public const char MatchEnd = '\u0003';

    public string Text => string.Concat(Runs.Select(r => r.Text));

    public static ArticleSnippet Parse(string? marked)
    {
        var runs = new List<SnippetRun>();
        var current = new StringBuilder();
        var inMatch = false;
        foreach (var c in marked ?? "")
        {
            if (c is not (MatchStart or MatchEnd)) { current.Append(c); continue; }
            Flush();
            inMatch = c == MatchStart;
        }
        Flush();
        return new ArticleSnippet(runs);

        void Flush()
        {
            if (current.Length > 0) runs.Add(new SnippetRun(current.ToString(), inMatch));
            current.Clear();
        }
    }

    public string ToHtml() => string.Concat(Runs.Select(r =>
        r.Match ? $"<mark>{WebUtility.HtmlEncode(r.Text)}</mark>" : WebUtility.HtmlEncode(r.Text)));
}
