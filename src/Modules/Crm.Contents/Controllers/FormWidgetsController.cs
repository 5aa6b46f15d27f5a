using Crm.Contents.Services.Items;
using Crm.Core.Content.Security;
using Crm.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Contents.Controllers;

/// <summary>
/// The requests behind the forms' richer widgets: the relation picker's search, the bulk form's owner search and the
/// Markdown preview.
/// </summary>
[Authorize]
public sealed class FormWidgetsController(ItemTypes types, ContentAuthorizer authorizer, ItemFormBinder binder, RelationOptionSearch search,
    IUserDirectory users, MarkdownPreview markdown) : Controller
{
    public const int MaxOwnerOptions = 20;

    [HttpGet("/contents/{type}/{field}/options")]
    public async Task<IActionResult> Options(string type, string field, [FromQuery] string? q, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition)) return NotFound();
        if (defs.FindField(definition, field) is not { } picker || binder.KindOf(picker) != "ContentPicker") return NotFound();
        // The form shows the type's items, so a user who may see none of them has no business searching its relations.
        if (await authorizer.ViewScopeAsync(User, definition, cancellationToken) == ContentScope.None) return StatusCode(StatusCodes.Status403Forbidden);
        return Json(await search.FindAsync(User, defs, picker.Field.Settings.RelatedTypes, q, cancellationToken));
    }

    /// <summary>The tenant's user names matching <paramref name="q"/>, for the bulk form's owner picker (the value posted is the name).</summary>
    [HttpGet("/contents/{type}/owners")]
    public async Task<IActionResult> Owners(string type, [FromQuery] string? q, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not (_, { } definition)) return NotFound();
        if (await authorizer.ViewScopeAsync(User, definition, cancellationToken) == ContentScope.None) return StatusCode(StatusCodes.Status403Forbidden);
        var names = await users.SearchNamesAsync(q, MaxOwnerOptions, cancellationToken);
        return Json(names.Select(name => new { id = name, text = name }));
    }

    /// <summary>Renders the posted form field named by <paramref name="field"/>, so the button can send its whole form with the antiforgery token.</summary>
    [HttpPost("/contents/preview-markdown")]
    [ValidateAntiForgeryToken]
    public IActionResult PreviewMarkdown([FromQuery] string field) =>
        Content(markdown.ToSafeHtml(Request.Form[field].ToString()), "text/html; charset=utf-8");
}
