using Crm.Contents.Controllers.Items;
using Crm.Contents.Models.Items;
using Crm.Contents.Services.Items;
using Crm.Contents.Services.SavedViews;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers;

/// <summary>
/// Saves and deletes the named views of a type's list. Every action first needs the right to view the type's list;
/// shared views also need ManageContentTypes, and another user's personal view answers 404 as if it did not exist.
/// </summary>
[Authorize]
public sealed class SavedViewsController(ItemTypes types, ContentAuthorizer authorizer, SavedViewStore store, SavedViewAccess access,
    SavedViewFilterCheck check, IStringLocalizer<ContentScreensText> screens, IStringLocalizer<SavedViewsText> text) : Controller
{
    private const int MaxNameLength = 100;

    [HttpPost("/contents/{type}/views")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string type, string? name, bool shared, string? q, string? filter, string? sort, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not (_, { } definition)) return NotFound();
        var userId = ContentAuthorizer.UserId(User);
        if (userId is null || await authorizer.ViewScopeAsync(User, definition, cancellationToken) == ContentScope.None) return this.Forbidden(screens);
        if (shared && !await access.CanShareAsync(User)) return Refused(StatusCodes.Status403Forbidden, definition, text["Only users who may manage content types can share views."]);

        name = name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength) return Refused(StatusCodes.Status400BadRequest, definition, text["Enter a name of at most {0} characters.", MaxNameLength]);
        var problems = await check.ProblemsAsync(definition, filter, sort, cancellationToken);
        if (problems.Count > 0) return Refused(StatusCodes.Status400BadRequest, definition, text["The filter or sort cannot be used: {0}", string.Join("; ", problems)]);

        var saved = await store.AddAsync(definition.Name, name, shared ? null : userId, q?.Trim() ?? "", filter?.Trim() ?? "", sort?.Trim() ?? "", cancellationToken);
        if (saved is null) return Refused(StatusCodes.Status400BadRequest, definition, text["A view named '{0}' already exists.", name]);
        return Redirect(Url.Content($"~/contents/{Uri.EscapeDataString(definition.Name)}?view={saved.Id}"));
    }

    [HttpPost("/contents/{type}/views/{id}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string type, string id, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not (_, { } definition)) return NotFound();
        if (await authorizer.ViewScopeAsync(User, definition, cancellationToken) == ContentScope.None) return this.Forbidden(screens);
        if (await store.GetAsync(definition.Name, id, cancellationToken) is not { } view || !SavedViewAccess.CanSee(User, view)) return NotFound();
        if (!await access.CanDeleteAsync(User, view)) return Refused(StatusCodes.Status403Forbidden, definition, text["Only users who may manage content types can delete shared views."]);
        await store.DeleteAsync(view.Id, cancellationToken);
        return Redirect(Url.Content($"~/contents/{Uri.EscapeDataString(definition.Name)}"));
    }

    private ViewResult Refused(int status, ContentTypeDefinition type, string message) =>
        this.Message(status, new ItemMessagePage(text["The view cannot be saved or deleted"], message, Url.Content($"~/contents/{type.Name}"), text["Back to the list"]));
}
