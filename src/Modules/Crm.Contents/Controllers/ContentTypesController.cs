using Crm.Contents.Controllers.TypeEditor;
using Crm.Contents.Models.TypeEditor;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Security;
using Crm.Core.Data;
using Crm.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers;

/// <summary>The low-code type editor: the list of types, creating one, its settings, and removing it.</summary>
[RequirePermission(ContentPermissions.ManageContentTypes)]
public sealed class ContentTypesController(ContentDefinitionManager manager, TenantDb db, FieldKinds kinds, IStringLocalizer<TypeEditorText> text)
    : TypeEditorController(manager, db, kinds, text)
{
    [HttpGet("/admin/content-types")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ListAsync(null, null, null, new FormErrors(), cancellationToken));

    /// <summary>Creates the type with its own part named like it (as recipes do), so fields can be added at once.</summary>
    [HttpPost("/admin/content-types")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] string? name, [FromForm] string? displayName, CancellationToken cancellationToken)
    {
        name = name?.Trim() ?? "";
        displayName = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim();
        var errors = new FormErrors();
        var definitions = await Manager.GetAsync(cancellationToken);
        if (ContentNames.Error(name, "Type") is { } problem) errors.Add("Name", problem);
        else if (definitions.FindType(name) is not null) errors.Add("Name", Text["A type named '{0}' already exists.", name]);
        // Taking over an existing part would silently give the new type another type's fields.
        else if (definitions.FindPart(name) is not null) errors.Add("Name", Text["A part named '{0}' already exists; choose another name.", name]);
        if (!errors.Any)
        {
            try
            {
                await Manager.AlterAsync(d => d.WithNewType(name, displayName), cancellationToken);
                return await EditPageAsync(name, Text["Type '{0}' created. Add its fields below.", name], null, cancellationToken);
            }
            catch (ContentDefinitionException exception)
            {
                errors.AddAll(exception, name);
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await ListAsync(name, displayName, null, errors, cancellationToken));
    }

    [HttpGet("/admin/content-types/{type}")]
    public Task<IActionResult> Edit(string type, CancellationToken cancellationToken) => EditPageAsync(type, null, null, cancellationToken);

    [HttpPost("/admin/content-types/{type}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Settings(string type, [FromForm] TypeSettingsForm form, CancellationToken cancellationToken)
    {
        if (await FindTypeAsync(type, cancellationToken) is not { } current) return NotFound();
        try
        {
            await Manager.AlterAsync(d => d.With(form.Apply(d.FindType(current.Name) ?? current)), cancellationToken);
        }
        catch (ContentDefinitionException exception)
        {
            // The settings' paths are "Type.Settings.X"; show them next to X.
            var placed = new FormErrors();
            foreach (var error in exception.Errors)
            {
                var path = error.Path.StartsWith(current.Name + ".Settings.", StringComparison.OrdinalIgnoreCase) ? error.Path[(current.Name.Length + 10)..]
                    : error.Path.StartsWith(current.Name + ".", StringComparison.OrdinalIgnoreCase) ? error.Path[(current.Name.Length + 1)..] : "";
                placed.Add(path, error.Message);
            }
            return await EditPageAsync(current.Name, null, placed, cancellationToken);
        }
        return await EditPageAsync(current.Name, Text["Settings saved."], null, cancellationToken);
    }

    /// <summary>Refused while the type has items, unless the admin confirmed deleting them too.</summary>
    [HttpPost("/admin/content-types/{type}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string type, [FromForm] bool deleteItems, CancellationToken cancellationToken)
    {
        if (await FindTypeAsync(type, cancellationToken) is not { } current) return NotFound();
        try
        {
            await Manager.RemoveTypeAsync(current.Name, deleteItems, cancellationToken);
        }
        catch (ContentDefinitionException exception)
        {
            return await FailAsync(current.Name, "Delete", exception, cancellationToken);
        }
        return View("Index", await ListAsync(null, null, Text["Type '{0}' deleted.", current.Name], new FormErrors(), cancellationToken));
    }

    private async Task<TypesPage> ListAsync(string? name, string? displayName, string? notice, FormErrors errors, CancellationToken cancellationToken)
    {
        var definitions = await Manager.GetAsync(cancellationToken);
        var counts = await ItemCountsAsync(cancellationToken);
        var rows = definitions.Types.OrderBy(t => t.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(t => new TypeRow(t, counts.GetValueOrDefault(t.Name))).ToList();
        return new TypesPage(rows, name, displayName, notice, errors);
    }
}
