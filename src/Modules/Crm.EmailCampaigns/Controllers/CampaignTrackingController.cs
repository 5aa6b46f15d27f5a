using Crm.Core.Modules;
using Crm.EmailCampaigns.Sending;
using Crm.EmailCampaigns.Tracking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Crm.EmailCampaigns.Controllers;

/// <summary>
/// What a campaign mail's reader reaches: the open pixel (always the image, whatever the token: a reader never sees an
/// error), tracked clicks (a redirect only when the link's signature matches its token and URL; anything else is 404, so
/// this is no open redirect) — each recording the recipient's first open or click.
/// </summary>
[AllowAnonymous]
[ForFeature(EmailCampaignModel.FeatureId)]
public sealed class CampaignTrackingController(RecipientStore store, ClickRecorder clicks, LinkSigner signer, TimeProvider clock, ILogger<CampaignTrackingController> logger) : Controller
{
    private const int MaxUrlLength = 2000;

    /// <summary>A transparent 1×1 GIF.</summary>
    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    [HttpGet("/e/o/{token}.gif")]
    public async Task<IActionResult> Open(string token, CancellationToken cancellationToken)
    {
        if (RecipientTokens.IsWellFormed(token))
        {
            try
            {
                await store.OpenedAsync(token, clock.GetUtcNow(), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Recording an email open failed");
            }
        }
        Response.Headers.CacheControl = "no-store, no-cache, must-revalidate";
        return File(Pixel, "image/gif");
    }

    [HttpGet("/e/c/{token}")]
    public async Task<IActionResult> Click(string token, [FromQuery] string? u, [FromQuery] string? s, CancellationToken cancellationToken)
    {
        if (!RecipientTokens.IsWellFormed(token) || u is not { Length: > 0 and <= MaxUrlLength }
            || !Uri.TryCreate(u, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
        {
            return NotFound();
        }
        // The signature is checked before anything else: a link that cannot be vouched for is never followed.
        if (!await signer.IsSignedAsync(token, u, s, cancellationToken)) return NotFound();
        try
        {
            await clicks.RecordAsync(token, clock.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Recording an email click failed; the reader is sent on");
        }
        return Redirect(u);
    }
}
