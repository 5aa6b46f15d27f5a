using Crm.Campaigns.Models;
using Crm.Campaigns.Services;
using Crm.Core.Content.Store;
using Crm.Core.Security;
using Crm.Core.Settings;
using Crm.Dashboard.Kpis;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Campaigns.Controllers;

/// <summary>The campaign list with each campaign's figures over a period, and a campaign's page: members, responses, costs and ROI by month and keyword.</summary>
[RequirePermission(Permissions.ViewCampaigns)]
public sealed class CampaignsController(RoiReports reports, CampaignScreens screens, ContentManager content, KpiCalendar calendar, TenantCalendar days,
    IAuthorizationService authorization, IStringLocalizer<CampaignsText> text) : Controller
{
    [HttpGet("/admin/campaigns")]
    public async Task<IActionResult> Index(string? from, string? to, CancellationToken cancellationToken)
    {
        var (period, error) = KpiPeriod.Parse(from, to, await calendar.LastMonthsAsync(KpiPeriod.DefaultMonths, cancellationToken));
        if (error is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        var report = await reports.ForAsync(period, null, cancellationToken);
        var lines = report.Campaigns.ToDictionary(l => l.Key);
        var rows = (await screens.CampaignsAsync(cancellationToken)).Select(c => (c, lines.GetValueOrDefault(c.Id))).ToList();
        ViewData["Error"] = error is null ? null : text[error, KpiPeriod.MaxMonths].Value;
        return View(new CampaignListPage(report, rows, await screens.ChannelsAsync(cancellationToken)));
    }

    [HttpGet("/admin/campaigns/{id}")]
    public async Task<IActionResult> Show(string id, string? from, string? to, int? added, int? already, bool? capped, int? imported, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(id, cancellationToken: cancellationToken) is not { ContentType: CampaignModel.Campaign } campaign) return NotFound();
        var fallback = RoiPeriods.OfCampaign(await screens.StartedAsync(campaign, cancellationToken), await days.TodayAsync(cancellationToken));
        var (period, error) = KpiPeriod.Parse(from, to, fallback);
        if (error is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        var channels = await screens.ChannelsAsync(cancellationToken);
        var notice = (added, imported) switch
        {
            ({ } a, _) => text["{0} customers of the audience added as members; {1} were members already.", a, already ?? 0].Value
                          + (capped == true ? " " + text["The audience has more than {0} customers: only the first {0} were read. Narrow the saved query or run it again.", AudienceMembers.MaxCustomers].Value : ""),
            (_, { } n) => text["{0} keyword cost lines imported.", n].Value,
            _ => null,
        };
        return View(new CampaignPage(
            campaign,
            campaign.Text(CampaignModel.Channel) is { } channel ? channels.GetValueOrDefault(channel) ?? channel : null,
            new RoiPage(await reports.ForAsync(period, campaign.Id, cancellationToken), error is null ? null : text[error, KpiPeriod.MaxMonths].Value),
            await screens.MembersAsync(campaign.Id, cancellationToken),
            await screens.ResponsesAsync(campaign.Id, cancellationToken),
            (await authorization.AuthorizeAsync(User, null, new PermissionRequirement(Permissions.ManageCampaigns))).Succeeded,
            notice));
    }

    /// <summary>The "Results and ROI" button on a campaign's generated page.</summary>
    [HttpPost("/admin/campaigns/open")]
    [ValidateAntiForgeryToken]
    public IActionResult Open([FromForm] List<string> itemIds) =>
        itemIds.Count == 1 ? Redirect(Url.Content($"~/admin/campaigns/{Uri.EscapeDataString(itemIds[0])}")) : BadRequest();
}
