using System.Text;
using Crm.Campaigns.Models;
using Crm.Campaigns.Services;
using Crm.Core.Content.Store;
using Crm.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Campaigns.Controllers;

/// <summary>Running a campaign (ManageCampaigns): add its audience as members, import its keyword-ad costs from CSV.</summary>
[RequirePermission(Permissions.ManageCampaigns)]
public sealed class CampaignActionsController(ContentManager content, AudienceMembers audience, KeywordCostImport keywordCosts, IStringLocalizer<CampaignsText> text) : Controller
{
    public const long MaxCsvBytes = 5 * 1024 * 1024;

    /// <summary>The button on the campaign's page (and, through <c>itemIds</c>, on its generated page).</summary>
    [HttpPost("/admin/campaigns/{id}/add-audience")]
    [HttpPost("/admin/campaigns/add-audience")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddAudience(string? id, [FromForm] List<string> itemIds, CancellationToken cancellationToken)
    {
        if (await CampaignAsync(id ?? (itemIds.Count == 1 ? itemIds[0] : null), cancellationToken) is not { } campaign) return NotFound();
        try
        {
            var result = await audience.AddAsync(campaign, cancellationToken);
            return Redirect(Url.Content($"~/admin/campaigns/{campaign.Id}?added={result.Added}&already={result.AlreadyMembers}&capped={(result.Capped ? "true" : "false")}"));
        }
        catch (AudienceException problem)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: text[problem.Template, problem.Arguments]);
        }
    }

    [HttpPost("/admin/campaigns/{id}/keyword-costs")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxCsvBytes + 64 * 1024)]
    public async Task<IActionResult> ImportKeywordCosts(string id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await CampaignAsync(id, cancellationToken) is not { } campaign) return NotFound();
        if (file is null || file.Length == 0) return Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Choose a CSV file with the columns month, keyword and cost."]);
        if (file.Length > MaxCsvBytes) return Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: text["The file is larger than {0} MB; split it by month.", MaxCsvBytes / 1024 / 1024]);
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var result = await keywordCosts.ImportAsync(campaign, reader, cancellationToken);
        if (result.Succeeded) return Redirect(Url.Content($"~/admin/campaigns/{campaign.Id}?imported={result.Lines}"));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("KeywordImport", new KeywordImportPage(campaign, result));
    }

    private async Task<ContentItem?> CampaignAsync(string? id, CancellationToken cancellationToken) =>
        id is not null && await content.GetAsync(id, cancellationToken: cancellationToken) is { ContentType: CampaignModel.Campaign } campaign ? campaign : null;
}
