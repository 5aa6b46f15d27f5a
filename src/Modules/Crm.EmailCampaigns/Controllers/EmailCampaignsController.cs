using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Core.Security;
using Crm.EmailCampaigns.Models;
using Crm.EmailCampaigns.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.EmailCampaigns.Controllers;

/// <summary>
/// /admin/email-campaigns/{id}: a campaign's results (audience, sent, failed, skipped, opened, clicked, unsubscribed with
/// rates) and recipients with filters; a test send (ManageEmailCampaigns); schedule and cancel (SendEmailCampaigns).
/// </summary>
[ForFeature(EmailCampaignModel.FeatureId)]
[RequirePermission(Permissions.ViewEmailCampaigns)]
public sealed class EmailCampaignsController(
    ContentManager content,
    CampaignReport report,
    CampaignActions actions,
    IAuthorizationService authorization,
    IStringLocalizer<EmailCampaignsText> text) : Controller
{
    /// <summary>The item page's "Results and sending" button.</summary>
    [HttpPost("/admin/email-campaigns/open")]
    public IActionResult Open([FromForm] List<string> itemIds) =>
        itemIds.Count == 1 ? RedirectToAction(nameof(Index), new { id = itemIds[0] }) : BadRequest();

    [HttpGet("/admin/email-campaigns/{id}")]
    public async Task<IActionResult> Index(string id, string? status, string? engagement, string? q, int? page, CancellationToken cancellationToken) =>
        await CampaignAsync(id, cancellationToken) is { } campaign
            ? View(await PageAsync(campaign, new RecipientFilter(status, engagement, q, Math.Max(1, page ?? 1)), cancellationToken))
            : NotFound();

    [HttpPost("/admin/email-campaigns/{id}/test")]
    [RequirePermission(Permissions.ManageEmailCampaigns)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Test(string id, [FromForm] string? address, [FromForm] string? customer, CancellationToken cancellationToken) =>
        ActAsync(id, campaign => actions.TestSendAsync(campaign, address, customer, cancellationToken), "The test email is queued.", address, cancellationToken);

    [HttpPost("/admin/email-campaigns/{id}/schedule")]
    [RequirePermission(Permissions.SendEmailCampaigns)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Schedule(string id, CancellationToken cancellationToken) =>
        ActAsync(id, campaign => actions.ScheduleAsync(campaign, cancellationToken), "The campaign is scheduled.", null, cancellationToken);

    [HttpPost("/admin/email-campaigns/{id}/cancel")]
    [RequirePermission(Permissions.SendEmailCampaigns)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Cancel(string id, CancellationToken cancellationToken) =>
        ActAsync(id, campaign => actions.CancelAsync(campaign, cancellationToken), "The campaign is cancelled.", null, cancellationToken);

    private async Task<IActionResult> ActAsync(string id, Func<ContentItem, Task<string?>> act, string done, string? address, CancellationToken cancellationToken)
    {
        if (await CampaignAsync(id, cancellationToken) is not { } campaign) return NotFound();
        var error = await act(campaign);
        if (error is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        var page = await PageAsync((await CampaignAsync(id, cancellationToken))!, new RecipientFilter(null, null, null, 1), cancellationToken);
        return View(nameof(Index), page with { Error = error, Message = error is null ? text[done].Value : null, TestAddress = address });
    }

    private async Task<ContentItem?> CampaignAsync(string id, CancellationToken cancellationToken) =>
        await content.GetAsync(id, cancellationToken: cancellationToken) is { ContentType: EmailCampaignModel.EmailCampaign } campaign ? campaign : null;

    private async Task<CampaignPage> PageAsync(ContentItem campaign, RecipientFilter filter, CancellationToken cancellationToken)
    {
        var recipients = await report.RecipientsAsync(campaign.Id, filter, cancellationToken);
        return new CampaignPage(campaign, await report.ResultsAsync(campaign.Id, cancellationToken), recipients.Take(RecipientFilter.PageSize).ToList(),
            recipients.Count > RecipientFilter.PageSize, filter)
        {
            CanTest = await MayAsync(Permissions.ManageEmailCampaigns),
            CanSend = await MayAsync(Permissions.SendEmailCampaigns),
        };
    }

    private async Task<bool> MayAsync(string permission) => (await authorization.AuthorizeAsync(User, PermissionPolicyProvider.Prefix + permission)).Succeeded;
}
