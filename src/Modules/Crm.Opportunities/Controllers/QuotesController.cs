using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Opportunities.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Opportunities.Controllers;

/// <summary>
/// The detail pages' quote buttons: "Create quote" on an opportunity (a draft with a copy of its lines) and "Print" on a
/// quote, which opens /admin/quotes/{id}/print — a page made for paper (issuer, customer, lines, subtotal, VAT, total)
/// in the reader's language (add ?culture=ko-KR or en-US to print in the other one).
/// </summary>
[Authorize]
public sealed class QuotesController(ContentManager content, ContentDefinitionManager definitions, ContentAuthorizer authorizer,
    QuoteFromOpportunity quotes, QuotePrintBuilder printing, IStringLocalizer<OpportunitiesText> text) : Controller
{
    [HttpPost("/admin/quotes/from-opportunity")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> FromOpportunity([FromForm] List<string> itemIds, CancellationToken cancellationToken)
    {
        if (itemIds.Count != 1) return Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Make a quote of one opportunity at a time."]);
        if (await ItemAsync(itemIds[0], OpportunityModel.Opportunity, cancellationToken) is not { } opportunity) return NotFound();
        if (!await MaySeeAsync(opportunity, cancellationToken)) return Refused();
        if (await TypeAsync(OpportunityModel.Quote, cancellationToken) is not { } quoteType
            || !await authorizer.CanAsync(User, ContentAction.Create, quoteType, null, cancellationToken))
        {
            return Refused();
        }
        var quote = await quotes.CreateAsync(opportunity, cancellationToken);
        return Redirect(Url.Content($"~/contents/{OpportunityModel.Quote}/{quote.Id}?notice=saved"));
    }

    [HttpPost("/admin/quotes/print")]
    [ValidateAntiForgeryToken]
    public IActionResult Print([FromForm] List<string> itemIds) =>
        itemIds.Count == 1
            ? Redirect(Url.Content($"~/admin/quotes/{Uri.EscapeDataString(itemIds[0])}/print"))
            : Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Print one quote at a time."]);

    [HttpGet("/admin/quotes/{id}/print")]
    public async Task<IActionResult> Printable(string id, CancellationToken cancellationToken)
    {
        if (await ItemAsync(id, OpportunityModel.Quote, cancellationToken) is not { } quote) return NotFound();
        if (!await MaySeeAsync(quote, cancellationToken)) return Refused();
        return View("~/Views/QuotePrint/Index.cshtml", await printing.BuildAsync(quote, cancellationToken));
    }

    private async Task<ContentItem?> ItemAsync(string id, string typeName, CancellationToken cancellationToken) =>
        await content.GetAsync(id, cancellationToken: cancellationToken) is { } item && item.ContentType == typeName ? item : null;

    private async Task<bool> MaySeeAsync(ContentItem item, CancellationToken cancellationToken) =>
        await TypeAsync(item.ContentType, cancellationToken) is { } type && await authorizer.CanAsync(User, ContentAction.View, type, item.Owner, cancellationToken);

    private IActionResult Refused() => Problem(statusCode: StatusCodes.Status403Forbidden, title: text["You may not see or make this quote."]);

    private async Task<ContentTypeDefinition?> TypeAsync(string name, CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).FindType(name);
}
