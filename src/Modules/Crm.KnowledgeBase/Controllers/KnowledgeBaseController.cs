using Crm.Core.Content.Store;
using Crm.KnowledgeBase.Search;
using Crm.KnowledgeBase.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.KnowledgeBase.Controllers;

/// <summary>
/// /admin/kb: the staff's knowledge base search (internal articles included) and /admin/kb/{id}: an article as the staff
/// read it, drafts too. For those who may view every article.
/// </summary>
[Authorize]
public sealed class KnowledgeBaseController(ReaderAudience audience, ArticlePages pages, ContentManager content, IStringLocalizer<KnowledgeBaseText> text) : Controller
{
    [HttpGet("/admin/kb")]
    public async Task<IActionResult> Index(string? q, string? category, CancellationToken cancellationToken)
    {
        if (await audience.OfAsync(User, cancellationToken) != ArticleAudience.Staff) return Forbidden();
        return View(await pages.SearchAsync(q, category, ArticleAudience.Staff, cancellationToken));
    }

    [HttpGet("/admin/kb/{id}")]
    public async Task<IActionResult> Article(string id, CancellationToken cancellationToken)
    {
        if (await audience.OfAsync(User, cancellationToken) != ArticleAudience.Staff) return Forbidden();
        var article = await content.GetAsync(id, cancellationToken: cancellationToken);
        if (article?.ContentType != ArticleModel.Article) return NotFound();
        return View(await pages.ArticleAsync(article, null, cancellationToken));
    }

    private ObjectResult Forbidden() => Problem(statusCode: StatusCodes.Status403Forbidden, title: text["You may not read the knowledge base."]);
}
