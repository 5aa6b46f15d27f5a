using Crm.Core.Content.Store;
using Crm.KnowledgeBase.Services;

namespace Crm.KnowledgeBase.Models;

/// <summary>One article, its body rendered from Markdown and sanitised.</summary>
/// <param name="Vote">What the visitor's last vote did (after the vote form's redirect), or null.</param>
public sealed record ArticlePage(string SiteName, ContentItem Article, string BodyHtml, string? CategoryName, VoteOutcome? Vote)
{
    public string Title => Article.Text(ArticleModel.Title) ?? Article.DisplayText;
    public IReadOnlyList<string> Tags => ArticleValues.Tags(Article);
    public string HelpfulCount => Article.Text(ArticleModel.HelpfulCount) ?? "0";
    public string NotHelpfulCount => Article.Text(ArticleModel.NotHelpfulCount) ?? "0";
    public bool IsInternal => Article.Text(ArticleModel.Visibility) != ArticleModel.Public;
    public bool IsDraft => !ArticleValues.IsPublished(Article);
}
