using Crm.Contents.Models.Bulk;
using Crm.Contents.Services.Bulk;
using Crm.Contents.Services.Items;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers;

/// <summary>
/// Bulk actions from the list: delete (to the recycle bin), assign an owner, set a choice field. The request is checked
/// as a whole first (400, nothing done); then every item is authorized and changed on its own, and the result page says
/// how many changed and why each other one did not.
/// </summary>
[Authorize]
public sealed class BulkController(ItemTypes types, BulkActionRunner runner, IStringLocalizer<ContentToolsText> text) : Controller
{
    [HttpPost("/contents/{type}/bulk")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Run(string type, [FromForm(Name = "items")] string[]? items, [FromForm(Name = "bulkAction")] string? action,
        [FromForm] string? owner, [FromForm] string? field, [FromForm] string? option, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition)) return NotFound();
        var selections = (items ?? []).Select(BulkSelection.Parse).ToList();
        var (checkedErrors, request) = await runner.ValidateAsync(defs, definition,
            new BulkRequest(action, selections.OfType<BulkSelection>().ToList(), owner, field, option), cancellationToken);
        var errors = checkedErrors.ToList();
        if (selections.Contains(null)) errors.Add(text["The selection is not valid; reload the list and select again."]);
        var label = Label(request);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Views/Bulk/Result.cshtml", new BulkResult(definition, label, 0, [], errors));
        }
        var (changed, failures) = await runner.RunAsync(defs, definition, request, User, cancellationToken);
        return View("~/Views/Bulk/Result.cshtml", new BulkResult(definition, label, changed, failures, []));
    }

    private string Label(BulkRequest request) => request.Action switch
    {
        "delete" => text["Delete"],
        "assign" => text["Assign owner"],
        "set" => text["Set {0} to {1}", request.Field ?? "", request.Option ?? ""],
        _ => text["Bulk action"],
    };
}
