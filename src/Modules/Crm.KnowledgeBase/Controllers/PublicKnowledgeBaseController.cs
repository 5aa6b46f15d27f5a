using Crm.Core.Tenants;
using Crm.KnowledgeBase.Models;
using Crm.KnowledgeBase.Search;
using Crm.KnowledgeBase.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crm.KnowledgeBase.Controllers;

/// <summary>
/// The tenant's public help pages, without sign-in: <c>/kb</c> (categories and search) and <c>/kb/{id}</c> (an article
/// with "Was this helpful?"), at <c>/{prefix}/kb</c> for a tenant with a URL prefix. Only published public articles exist
/// here; anything else answers 404, as does the whole feature where a tenant has not enabled it.
/// </summary>
[AllowAnonymous]
public sealed class PublicKnowledgeBaseController(PublicArticles articles, ArticlePages pages, ArticleVotes votes, TenantScope tenant) : Controller
{
    [HttpGet("/kb")]
    public async Task<IActionResult> Index(string? q, string? category, CancellationToken cancellationToken)
    {
        var search = await pages.SearchAsync(q, category, ArticleAudience.Public, cancellationToken);
        var shelves = search.Hits is null ? await articles.ShelvesAsync(cancellationToken) : [];
        return View(new PublicIndexPage(await pages.SiteNameAsync(cancellationToken), search, shelves));
    }

    [HttpGet("/kb/{id}")]
    public async Task<IActionResult> Article(string id, VoteOutcome? voted, CancellationToken cancellationToken)
    {
        if (await articles.GetAsync(id, cancellationToken) is not { } article) return NotFound();
        VisitorIdentity.Ensure(HttpContext);
        return View(await pages.ArticleAsync(article, voted, cancellationToken));
    }

    [HttpPost("/kb/{id}/vote")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Vote(string id, [FromForm] string? helpful, CancellationToken cancellationToken)
    {
        if (helpful is not ("yes" or "no")) return BadRequest();
        var outcome = await votes.VoteAsync(id, VisitorIdentity.Ensure(HttpContext), VisitorIdentity.ClientHash(HttpContext, tenant.Tenant.Name), helpful == "yes", cancellationToken);
        return outcome switch
        {
            VoteOutcome.NotFound => NotFound(),
            VoteOutcome.TooMany => StatusCode(StatusCodes.Status429TooManyRequests),
            _ => LocalRedirect(Url.Content($"~/kb/{Uri.EscapeDataString(id)}?voted={outcome}")),
        };
    }
}
