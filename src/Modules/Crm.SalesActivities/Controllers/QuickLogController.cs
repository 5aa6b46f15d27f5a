using System.Text.Json.Nodes;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Crm.Customers;
using Crm.SalesActivities.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.SalesActivities.Controllers;

/// <summary>
/// The customer page's "Log call" / "Log meeting": the first click opens a pre-filled form, the second saves a completed
/// activity owned by the user, which updates the customer's last activity and appears on its timeline.
/// </summary>
[Authorize]
public sealed class QuickLogController(
    ContentDefinitionManager definitions,
    ContentAuthorizer authorizer,
    ContentManager content,
    IStringLocalizer<ActivitiesText> text,
    IStringLocalizer<ContentText> fieldText) : Controller
{
    [HttpPost("/admin/activities/log/{kind}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Ask(string kind, [FromForm] List<string> itemIds, CancellationToken cancellationToken)
    {
        if (!ActivityModel.QuickKinds.Contains(kind)) return NotFound();
        if (itemIds.Count != 1) return Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Log an activity for one customer at a time."]);
        if (await CustomerAsync(itemIds[0], cancellationToken) is not { } customer) return NotFound();
        if (!await MayCreateAsync(cancellationToken)) return Refused();
        var form = new QuickLogForm { CustomerId = customer.Id, Kind = kind, Subject = text[$"{kind} with {{0}}", customer.DisplayText] };
        return View("Index", new QuickLogPage(customer.DisplayText, form, new Dictionary<string, string>()));
    }

    [HttpPost("/admin/activities/log")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save([FromForm] QuickLogForm form, CancellationToken cancellationToken)
    {
        if (!ActivityModel.QuickKinds.Contains(form.Kind)) return NotFound();
        if (await CustomerAsync(form.CustomerId, cancellationToken) is not { } customer) return NotFound();
        if (!await MayCreateAsync(cancellationToken)) return Refused();
        try
        {
            await content.CreateAsync(ActivityModel.Activity, new JsonObject
            {
                [ActivityModel.Subject] = form.Subject,
                [ActivityModel.Kind] = form.Kind,
                [ActivityModel.Status] = ActivityModel.Done,
                [ActivityModel.Customer] = customer.Id,
                [ActivityModel.Outcome] = form.Outcome,
                [ActivityModel.Notes] = form.Notes,
            }, cancellationToken: cancellationToken);
        }
        catch (ContentValidationException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var errors = e.Errors.GroupBy(x => x.Field.Split('.')[^1]).ToDictionary(g => g.Key, g => g.First().Problem.Localize(fieldText));
            return View("Index", new QuickLogPage(customer.DisplayText, form, errors));
        }
        return Redirect(Url.Content($"~/contents/{CustomerModel.Customer}/{customer.Id}?notice=saved"));
    }

    private async Task<ContentItem?> CustomerAsync(string id, CancellationToken cancellationToken) =>
        await content.GetAsync(id, cancellationToken: cancellationToken) is { ContentType: CustomerModel.Customer } customer
        && (await definitions.GetAsync(cancellationToken)).FindType(CustomerModel.Customer) is { } type
        && await authorizer.CanAsync(User, ContentAction.View, type, customer.Owner, cancellationToken)
            ? customer
            : null;

    private async Task<bool> MayCreateAsync(CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).FindType(ActivityModel.Activity) is { } type
        && await authorizer.CanAsync(User, ContentAction.Create, type, null, cancellationToken);

    private IActionResult Refused() => Problem(statusCode: StatusCodes.Status403Forbidden, title: text["You may not log activities."]);
}
