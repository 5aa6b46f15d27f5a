using Crm.Campaigns.Models;
using Crm.Campaigns.Services;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Campaigns.Controllers;

/// <summary>
/// "Record a response" on a member's page: the button posts the member's id and gets a small form; the form posts the
/// response, which marks the member Responded at this moment. Who may edit the member may record its response.
/// </summary>
[Authorize]
public sealed class MemberResponsesController(ContentManager content, MemberResponses responses, ContentDefinitionManager definitions, ContentAuthorizer authorizer, TimeProvider clock,
    IStringLocalizer<CampaignsText> text) : Controller
{
    public const int MaxResponse = 1000;

    [HttpPost("/admin/campaigns/members/respond")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Respond([FromForm] List<string> itemIds, [FromForm] string? response, [FromForm] bool save, CancellationToken cancellationToken)
    {
        if (itemIds.Count != 1) return Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Record one response at a time."]);
        if (await content.GetAsync(itemIds[0], cancellationToken: cancellationToken) is not { ContentType: CampaignModel.CampaignMember } member
            || (await definitions.GetAsync(cancellationToken)).FindType(CampaignModel.CampaignMember) is not { } type
            || !await authorizer.CanAsync(User, ContentAction.Edit, type, member.Owner, cancellationToken))
        {
            return Problem(statusCode: StatusCodes.Status403Forbidden, title: text["You may not change this member (or it does not exist)."]);
        }
        var answer = response?.Trim();
        if (!save) return await FormAsync(member, answer, null, cancellationToken);
        if (string.IsNullOrEmpty(answer) || answer.Length > MaxResponse)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await FormAsync(member, answer, string.IsNullOrEmpty(answer) ? text["Write what the customer answered."] : text["A response may have at most {0} characters.", MaxResponse], cancellationToken);
        }
        try
        {
            await responses.RecordAsync(member, answer, clock.GetUtcNow(), cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            return Problem(statusCode: StatusCodes.Status409Conflict, title: text["Someone changed this member meanwhile; nothing was changed. Open it to see the change."]);
        }
        return Redirect(Url.Content($"~/admin/campaigns/{member.Text(CampaignModel.CostCampaign)}"));
    }

    private async Task<IActionResult> FormAsync(ContentItem member, string? response, string? error, CancellationToken cancellationToken)
    {
        var related = await content.GetManyAsync(new[] { member.Text(CampaignModel.MemberCustomer), member.Text(CampaignModel.CostCampaign) }.OfType<string>(), cancellationToken);
        string NameOf(string field) => related.FirstOrDefault(r => r.Id == member.Text(field))?.DisplayText ?? "";
        return View("Respond", new RespondPage(member, NameOf(CampaignModel.MemberCustomer), NameOf(CampaignModel.CostCampaign), response ?? member.Text(CampaignModel.Response), error));
    }
}
