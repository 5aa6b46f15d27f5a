using Crm.Core.Content.Store;
using Crm.KnowledgeBase.Search;
using Crm.LiveChat.CannedAnswers;
using Markdig;

namespace Crm.KnowledgeBase.Services;

/// <summary>
/// Knowledge base articles as canned answers in the chat console: what the agent types is searched like the public search
/// (published public articles only — an internal article is not for a visitor's eyes), best first, and an answer's text
/// is the article's body as plain text. Without a term it offers none, leaving the console's default list to the
/// module's own canned answers.
/// </summary>
public sealed class ArticleCannedAnswers(IArticleSearch search, ContentManager content) : ICannedAnswerSource
{
    public async Task<IReadOnlyList<CannedAnswer>> FindAsync(string? term, int limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(term)) return [];
        var hits = await search.SearchAsync(new ArticleSearchRequest(term, ArticleAudience.Public, limit), cancellationToken);
        var articles = (await content.GetManyAsync(hits.Select(h => h.Id), cancellationToken)).ToDictionary(a => a.Id);
        return hits.Where(h => articles.ContainsKey(h.Id))
            .Select(h => new CannedAnswer(h.Title, Markdown.ToPlainText(articles[h.Id].Text(ArticleModel.Body) ?? "").Trim(), null, ArticleModel.Article))
            .ToList();
    }
}
