using Crm.Core.Settings;
using System.Text.Json.Nodes;
using Crm.Contents.Controllers.Items;
using Crm.Contents.Models.Items;
using Crm.Contents.Services.Items;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Duplicates;
using Crm.Core.Content.Security;
using Crm.Core.Content.Store;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers;

/// <summary>
/// Create and edit forms. Posted fields go through the content manager, which validates them field by field; the
/// form comes back with the posted values and the messages in the user's language (400), or 409 when the item
/// changed since the form was loaded.
/// </summary>
[Authorize]
public sealed class ItemFormController(ItemTypes types, ContentAuthorizer authorizer, ContentManager manager, ItemFormBuilder forms,
    ItemFormBinder binder, TenantTimeZone timeZone, DuplicateFinder duplicates, IStringLocalizer<ContentScreensText> text, IStringLocalizer<ContentText> fieldText) : Controller
{
    [HttpGet("/contents/{type}/new")]
    public async Task<IActionResult> New(string type, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition) || !definition.Settings.Creatable) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Create, definition, null, cancellationToken)) return this.Forbidden(text, ListUrl(definition));
        return await FormAsync(defs, definition, null, 0, Preset(defs, definition), [], null, false, cancellationToken);
    }

    [HttpPost("/contents/{type}/new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(string type, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition) || !definition.Settings.Creatable) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Create, definition, null, cancellationToken)) return this.Forbidden(text, ListUrl(definition));
        var zone = await timeZone.GetAsync(cancellationToken);
        var posted = Posted(defs, definition);
        var values = new JsonObject();
        foreach (var field in defs.EditableFieldsOf(definition)) values[field.QualifiedName] = binder.ToJson(field, posted[field.QualifiedName], zone);
        try
        {
            // The type's duplicate rules are checked before saving (bad values are reported first); the user sees the
            // matches and may save anyway.
            if (definition.Settings.DuplicateRules.Count > 0 && Request.Form["ignoreDuplicates"] != "true"
                && await duplicates.FindDuplicatesAsync(definition.Name, values, cancellationToken) is { Count: > 0 } matches)
            {
                var page = await FormPageAsync(defs, definition, null, 0, posted, [], text["This may already be in the CRM. Open the match to update it, or save a new item anyway."], false, cancellationToken);
                return View("~/Views/Items/Form.cshtml", page with { Duplicates = matches });
            }
            var item = await manager.CreateAsync(definition.Name, values, cancellationToken: cancellationToken);
            return Redirect(Url.Content($"~/contents/{definition.Name}/{item.Id}?notice=saved"));
        }
        catch (ContentValidationException e)
        {
            return await InvalidAsync(defs, definition, null, 0, posted, e, cancellationToken);
        }
    }

    [HttpGet("/contents/{type}/{id}/edit")]
    public async Task<IActionResult> Edit(string type, string id, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition)) return NotFound();
        if (await FindAsync(definition, id, cancellationToken) is not { } item) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, definition, item.Owner, cancellationToken)) return this.Forbidden(text, ItemUrl(item));
        return await FormAsync(defs, definition, item, item.Version, null, [], null, false, cancellationToken);
    }

    [HttpPost("/contents/{type}/{id}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Update(string type, string id, [FromForm] int version, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition)) return NotFound();
        if (await FindAsync(definition, id, cancellationToken) is not { } item) return NotFound();
        if (!await authorizer.CanAsync(User, ContentAction.Edit, definition, item.Owner, cancellationToken)) return this.Forbidden(text, ItemUrl(item));
        var zone = await timeZone.GetAsync(cancellationToken);
        var posted = Posted(defs, definition);
        // Only the fields the user changed are sent, so a rule added after the item was stored does not block other edits.
        var values = new JsonObject();
        foreach (var field in defs.EditableFieldsOf(definition))
        {
            var value = posted[field.QualifiedName];
            if (!value.SameAs(binder.FromStored(field, item.Value(field.PartName, field.Field.Name), zone))) values[field.QualifiedName] = binder.ToJson(field, value, zone);
        }
        try
        {
            await manager.UpdateAsync(item.Id, values, version, cancellationToken);
            return Redirect(Url.Content($"~/contents/{definition.Name}/{item.Id}?notice=saved"));
        }
        catch (ContentValidationException e)
        {
            return await InvalidAsync(defs, definition, item, version, posted, e, cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            var message = text["Someone changed this item meanwhile. Reload it to see their change, then apply yours again."];
            return await FormAsync(defs, definition, item, version, posted, [], message, true, cancellationToken);
        }
    }

    private async Task<ContentItem?> FindAsync(ContentTypeDefinition type, string id, CancellationToken cancellationToken) =>
        await manager.GetAsync(id, cancellationToken: cancellationToken) is { } item && string.Equals(item.ContentType, type.Name, StringComparison.OrdinalIgnoreCase) ? item : null;

    /// <summary>
    /// Query keys naming a field ("Customer" or "Activity.Customer") pre-fill it, so a link such as a detail page's
    /// "New Activity" opens the form with the relation already chosen (repeat a key for several values). Nothing is saved until the user posts the form.
    /// </summary>
    private Dictionary<string, PostedField>? Preset(ContentDefinitions defs, ContentTypeDefinition type)
    {
        var preset = new Dictionary<string, PostedField>();
        foreach (var (key, values) in Request.Query)
        {
            if (defs.FindField(type, key) is not { } field) continue;
            var list = values.Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (list.Count > 0) preset[field.QualifiedName] = new PostedField(list);
        }
        return preset.Count > 0 ? preset : null;
    }

    private Dictionary<string, PostedField> Posted(ContentDefinitions defs, ContentTypeDefinition type) =>
        defs.EditableFieldsOf(type).ToDictionary(f => f.QualifiedName, f => binder.FromForm(f, Request.Form));

    private async Task<IActionResult> InvalidAsync(ContentDefinitions defs, ContentTypeDefinition type, ContentItem? item, int version,
        Dictionary<string, PostedField> posted, ContentValidationException exception, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var unplaced = new List<string>();
        foreach (var error in exception.Errors)
        {
            var field = defs.FindField(type, error.Field);
            var message = error.Problem.Localize(fieldText);
            if (field is null) unplaced.Add($"{error.Field}: {message}");
            else (errors.TryGetValue(field.QualifiedName, out var list) ? list : errors[field.QualifiedName] = []).Add(message);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        var summary = string.Join(" ", unplaced.Prepend(text["The item was not saved. Correct the fields marked below."]));
        return await FormAsync(defs, type, item, version, posted, errors, summary, false, cancellationToken);
    }

    private async Task<IActionResult> FormAsync(ContentDefinitions defs, ContentTypeDefinition type, ContentItem? item, int version,
        Dictionary<string, PostedField>? posted, Dictionary<string, List<string>> errors, string? error, bool stale, CancellationToken cancellationToken) =>
        View("~/Views/Items/Form.cshtml", await FormPageAsync(defs, type, item, version, posted, errors, error, stale, cancellationToken));

    private async Task<ItemFormPage> FormPageAsync(ContentDefinitions defs, ContentTypeDefinition type, ContentItem? item, int version,
        Dictionary<string, PostedField>? posted, Dictionary<string, List<string>> errors, string? error, bool stale, CancellationToken cancellationToken)
    {
        var zone = await timeZone.GetAsync(cancellationToken);
        var fields = await forms.FieldsAsync(defs, type, item, posted, errors, zone, cancellationToken);
        return new ItemFormPage(type, item, version, fields, error, stale, zone.Id);
    }

    private static string ListUrl(ContentTypeDefinition type) => $"/contents/{type.Name}";

    private static string ItemUrl(ContentItem item) => $"/contents/{item.ContentType}/{item.Id}";
}
