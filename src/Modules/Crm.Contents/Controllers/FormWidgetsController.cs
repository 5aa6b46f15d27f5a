using Crm.Contents.Services.Items;
using Crm.Core.Content.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Contents.Controllers;

/// <summary>
/// The requests behind the form's richer widgets: the relation picker's search and the Markdown preview. Both only
/// enhance the form; it works without them.
/// </summary>
[Authorize]
public sealed class FormWidgetsController(ItemTypes types, ContentAuthorizer authorizer, ItemFormBinder binder, RelationOptionSearch search,
    MarkdownPreview markdown) : Controller
{
    [HttpGet("/contents/{type}/{field}/options")]
    public async Task<IActionResult> Options(string type, string field, [FromQuery] string? q, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition)) return NotFound();
        if (defs.FindField(definition, field) is not { } picker || binder.KindOf(picker) != "ContentPicker") return NotFound();
        // The form shows the type's items, so a user who may see none of them has no business searching its relations.
        if (await authorizer.ViewScopeAsync(User, definition, cancellationToken) == ContentScope.None) return StatusCode(StatusCodes.Status403Forbidden);
        return Json(await search.FindAsync(User, defs, picker.Field.Settings.RelatedTypes, q, cancellationToken));
    }

    /// <summary>Renders the posted form field named by <paramref name="field"/>, so the button can send its whole form with the antiforgery token.</summary>
    [HttpPost("/contents/preview-markdown")]
    [ValidateAntiForgeryToken]
    public IActionResult PreviewMarkdown([FromQuery] string field) =>
        Content(markdown.ToSafeHtml(Request.Form[field].ToString()), "text/html; charset=utf-8");
}
