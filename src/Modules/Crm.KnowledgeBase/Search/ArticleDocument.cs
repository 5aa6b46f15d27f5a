using System.Text;
using Crm.Core.Content.Store;
using Crm.KnowledgeBase.Services;
using Markdig;

namespace Crm.KnowledgeBase.Search;

/// <summary>
/// What the full-text index keeps of an article: the filters and the text. The body is indexed as plain text (Markdown
/// syntax is not searched for, nor shown in snippets), NFC-normalised like the search words, without the two characters
/// that mark matches in snippets.
/// </summary>
public sealed record ArticleDocument(string ArticleId, string? CategoryId, string Visibility, bool Published, string Title, string Tags, string Body)
{
    public static ArticleDocument From(ContentItem article) => new(
        article.Id,
        article.Text(ArticleModel.CategoryField),
        article.Text(ArticleModel.Visibility) ?? ArticleModel.Internal,
        ArticleValues.IsPublished(article),
        Clean(article.Text(ArticleModel.Title)),
        Clean(string.Join(" ", ArticleValues.Tags(article))),
        Clean(Markdown.ToPlainText(article.Text(ArticleModel.Body) ?? "")));

    private static string Clean(string? text) =>
        (text ?? "").Replace(ArticleSnippet.MatchStart, ' ').Replace(ArticleSnippet.MatchEnd, ' ').Normalize(NormalizationForm.FormC).Trim();
}
