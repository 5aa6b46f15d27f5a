using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Core.Settings;
using Crm.SalesActivities.Models;
using Crm.SalesActivities.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.SalesActivities.Controllers;

/// <summary>My to-dos (overdue, today, this week, undated) and the team's overdue list, each row one click from done.</summary>
[Authorize]
public sealed class ToDosController(
    ToDoQueries todos,
    ContentDefinitionManager definitions,
    ContentAuthorizer authorizer,
    ContentManager content,
    TenantTimeZone timeZone,
    IStringLocalizer<ActivitiesText> text) : Controller
{
    [HttpGet("/admin/activities/todos")]
    public async Task<IActionResult> Mine(string? notice, CancellationToken cancellationToken)
    {
        if (await ActivityTypeAsync(cancellationToken) is not { } type) return NotFound();
        var me = ContentAuthorizer.UserId(User);
        if (me is null || await authorizer.ViewScopeAsync(User, type, cancellationToken) == ContentScope.None) return Refused();
        var sections = await todos.MineAsync(me, title => text[title], cancellationToken);
        return View("Index", new ToDosPage(text["My to-dos"], sections, false, await timeZone.GetAsync(cancellationToken), Notice(notice)));
    }

    [HttpGet("/admin/activities/overdue")]
    public async Task<IActionResult> Overdue(string? owner, string? notice, CancellationToken cancellationToken)
    {
        if (await ActivityTypeAsync(cancellationToken) is not { } type) return NotFound();
        var scope = await authorizer.ViewScopeAsync(User, type, cancellationToken);
        if (scope == ContentScope.None) return Refused();
        // Someone who may see only their own activities sees only their own overdue ones.
        if (scope == ContentScope.Own) owner = ContentAuthorizer.UserId(User);
        var section = await todos.OverdueAsync(string.IsNullOrWhiteSpace(owner) ? null : owner, text["Overdue"], cancellationToken);
        return View("Index", new ToDosPage(text["Overdue activities"], [section], true, await timeZone.GetAsync(cancellationToken), Notice(notice)));
    }

    [HttpPost("/admin/activities/{id}/done")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Done(string id, [FromForm] int version, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        if (await ActivityTypeAsync(cancellationToken) is not { } type) return NotFound();
        if (await content.GetAsync(id, cancellationToken: cancellationToken) is not { ContentType: ActivityModel.Activity } activity) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, type, activity.Owner, cancellationToken)) return Refused();
        var back = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/admin/activities/todos");
        try
        {
            await content.UpdateAsync(activity.Id, new JsonObject { [ActivityModel.Status] = ActivityModel.Done }, version, cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            return Redirect(WithNotice(back, "changed"));
        }
        return Redirect(WithNotice(back, "done"));
    }

    private async Task<ContentTypeDefinition?> ActivityTypeAsync(CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).FindType(ActivityModel.Activity);

    private IActionResult Refused() => Problem(statusCode: StatusCodes.Status403Forbidden, title: text["You may not see these activities."]);

    private string? Notice(string? notice) => notice switch
    {
        "done" => text["Marked as done."].Value,
        "changed" => text["Someone changed that activity meanwhile; it was not marked done. Open it to see the change."].Value,
        _ => null,
    };

    private static string WithNotice(string url, string notice) => url + (url.Contains('?') ? "&" : "?") + "notice=" + notice;
}
