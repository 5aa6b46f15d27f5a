using System.Security.Claims;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Helpdesk;
using Crm.KnowledgeBase.Search;
using Crm.KnowledgeBase.Services;
using Microsoft.Extensions.Localization;

namespace Crm.KnowledgeBase.Screens;

/// <summary>
/// "Suggested articles" on a ticket's page: the published articles (internal ones too) that best match the ticket's
/// subject and the start of its description, any word counting, best first — for staff who may read every article.
/// </summary>
public sealed class SuggestedArticlesPanel(FeatureManager features, ReaderAudience audience, IArticleSearch search, IStringLocalizer<KnowledgeBaseText> text)
    : IItemPanelSource
{
    public const int Suggestions = 5;

    /// <summary>How much of the description joins the subject in the search: its opening states the problem; the rest is history.</summary>
    public const int DescriptionChars = 300;

    public async Task<ItemPanel?> PanelAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (item.ContentType != HelpdeskModel.Ticket
            || !await features.IsEnabledAsync(ArticleModel.FeatureId, cancellationToken)
            || await audience.OfAsync(user, cancellationToken) != ArticleAudience.Staff) return null;

        var subject = item.Text(HelpdeskModel.Subject) ?? "";
        var hits = await search.SearchAsync(new ArticleSearchRequest(SearchText(item), ArticleAudience.Staff, Suggestions, Match: ArticleMatch.AnyWord), cancellationToken);
        return new ItemPanel(
            "suggested-articles",
            text["Suggested articles"],
            hits.Select(h => new ItemPanelEntry(h.Title, $"/admin/kb/{h.Id}", h.Snippet.Text)).ToList(),
            text["No article matches this ticket's words."],
            $"/admin/kb?q={Uri.EscapeDataString(subject)}",
            text["Search the knowledge base"]);
    }

    public static string SearchText(ContentItem ticket)
    {
        var description = ticket.Text(HelpdeskModel.Description) ?? "";
        if (description.Length > DescriptionChars) description = description[..DescriptionChars];
        return $"{ticket.Text(HelpdeskModel.Subject)} {description}";
    }
}
