using Crm.Core.Modules;
using Crm.EmailCampaigns.Models;
using Crm.EmailCampaigns.Tracking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crm.EmailCampaigns.Controllers;

/// <summary>
/// The unsubscribe page /e/u/{token} (in the tenant's language: the mail's link carries ?culture=): a confirm button, then
/// the customer is opted out of marketing email. A POST is also what mail programs send for one-click unsubscribe
/// (List-Unsubscribe-Post), without a page or a cookie, so it needs no antiforgery token — the secret token is the proof.
/// A test send's link (signed <c>test</c> parameter) shows the same page marked as a test, and confirming unsubscribes nobody.
/// </summary>
[AllowAnonymous]
[ForFeature(EmailCampaignModel.FeatureId)]
public sealed class UnsubscribeController(Unsubscribes unsubscribes, LinkSigner signer) : Controller
{
    [HttpGet("/e/u/{token}")]
    public async Task<IActionResult> Index(string token, [FromQuery] string? test, CancellationToken cancellationToken)
    {
        if (await IsTestAsync(token, test, cancellationToken)) return Show(new UnsubscribePage(token, UnsubscribePage.Test, null));
        var recipient = await unsubscribes.FindAsync(token, cancellationToken);
        var state = recipient is null ? UnsubscribePage.Unknown : recipient.UnsubscribedUtc is null ? UnsubscribePage.Open : UnsubscribePage.Done;
        return Show(new UnsubscribePage(token, state, recipient?.Email));
    }

    [HttpPost("/e/u/{token}")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Confirm(string token, [FromQuery] string? test, CancellationToken cancellationToken)
    {
        if (await IsTestAsync(token, test, cancellationToken)) return Show(new UnsubscribePage(token, UnsubscribePage.TestDone, null));
        var recipient = await unsubscribes.FindAsync(token, cancellationToken);
        if (recipient is null || !await unsubscribes.UnsubscribeAsync(token, cancellationToken)) return Show(new UnsubscribePage(token, UnsubscribePage.Unknown, null));
        return Show(new UnsubscribePage(token, UnsubscribePage.Done, recipient.Email));
    }

    private async Task<bool> IsTestAsync(string token, string? test, CancellationToken cancellationToken) =>
        test is not null && RecipientTokens.IsWellFormed(token) && await signer.IsSignedAsync(token, CampaignLinks.Site.TestMark, test, cancellationToken);

    private ViewResult Show(UnsubscribePage page)
    {
        Response.StatusCode = page.State == UnsubscribePage.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        return View("Index", page);
    }
}
