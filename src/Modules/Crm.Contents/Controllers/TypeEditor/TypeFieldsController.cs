using Crm.Contents.Models.TypeEditor;
using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Security;
using Crm.Core.Data;
using Crm.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers.TypeEditor;

/// <summary>The fields of a type's own part: add, edit, reorder, remove (values kept) and purge (values deleted).</summary>
[RequirePermission(ContentPermissions.ManageContentTypes)]
public sealed class TypeFieldsController(ContentDefinitionManager manager, TenantDb db, FieldKinds kinds, IStringLocalizer<TypeEditorText> text,
    IStringLocalizer<ContentText> contentText)
    : TypeEditorController(manager, db, kinds, text)
{
    [HttpGet("/admin/content-types/{type}/fields/new")]
    public async Task<IActionResult> New(string type, CancellationToken cancellationToken) =>
        await FindTypeAsync(type, cancellationToken) is { } current ? await FieldPageAsync(current, new FieldForm(), true, new FormErrors(), cancellationToken) : NotFound();

    [HttpGet("/admin/content-types/{type}/fields/{field}")]
    public async Task<IActionResult> Edit(string type, string field, CancellationToken cancellationToken)
    {
        var definitions = await Manager.GetAsync(cancellationToken);
        if (definitions.FindType(type) is not { } current || Field(definitions, current, field) is not { } existing) return NotFound();
        return await FieldPageAsync(current, FieldForm.From(existing), false, new FormErrors(), cancellationToken);
    }

    [HttpPost("/admin/content-types/{type}/fields/new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Add(string type, [FromForm] FieldForm form, CancellationToken cancellationToken)
    {
        if (await FindTypeAsync(type, cancellationToken) is not { } current) return NotFound();
        form.Name = form.Name.Trim();
        var errors = new FormErrors();
        if (ContentNames.Error(form.Name, "Field") is { } problem) errors.Add("Name", problem);
        return await SaveAsync(current, form, isNew: true, errors, cancellationToken);
    }

    [HttpPost("/admin/content-types/{type}/fields/{field}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Update(string type, string field, [FromForm] FieldForm form, CancellationToken cancellationToken)
    {
        var definitions = await Manager.GetAsync(cancellationToken);
        if (definitions.FindType(type) is not { } current || Field(definitions, current, field) is not { } existing) return NotFound();
        // Items store values under the field's name, so the name is fixed once the field exists.
        form.Name = existing.Name;
        return await SaveAsync(current, form, isNew: false, new FormErrors(), cancellationToken);
    }

    /// <summary>Swaps the field with its neighbour and renumbers the part's positions 0..n-1.</summary>
    [HttpPost("/admin/content-types/{type}/fields/{field}/move")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Move(string type, string field, [FromForm] string? direction, CancellationToken cancellationToken)
    {
        if (await FindTypeAsync(type, cancellationToken) is not { } current) return NotFound();
        await Manager.AlterAsync(d =>
        {
            if (d.FindPart(current.Name) is not { } part) return d;
            var fields = part.Fields.OrderBy(f => f.Settings.Position).ToList();
            var index = fields.FindIndex(f => string.Equals(f.Name, field, StringComparison.OrdinalIgnoreCase));
            var other = direction == "up" ? index - 1 : index + 1;
            if (index < 0 || other < 0 || other >= fields.Count) return d;
            (fields[index], fields[other]) = (fields[other], fields[index]);
            return d.With(part with { Fields = fields.Select((f, i) => f with { Settings = f.Settings with { Position = i } }).ToList() });
        }, cancellationToken);
        return await EditPageAsync(current.Name, Text["Field order saved."], null, cancellationToken);
    }

    [HttpPost("/admin/content-types/{type}/fields/{field}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(string type, string field, CancellationToken cancellationToken)
    {
        if (await FindTypeAsync(type, cancellationToken) is not { } current) return NotFound();
        try
        {
            await Manager.RemoveFieldAsync(current.Name, field, cancellationToken);
        }
        catch (ContentDefinitionException exception)
        {
            return await FailAsync(current.Name, "", exception, cancellationToken);
        }
        return await EditPageAsync(current.Name, Text["Field '{0}' removed. Its values stay in the items until you purge it.", field], null, cancellationToken);
    }

    [HttpPost("/admin/content-types/{type}/fields/{field}/purge")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Purge(string type, string field, CancellationToken cancellationToken)
    {
        if (await FindTypeAsync(type, cancellationToken) is not { } current) return NotFound();
        int purged;
        try
        {
            purged = await Manager.PurgeFieldAsync(current.Name, field, cancellationToken);
        }
        catch (ContentDefinitionException exception)
        {
            return await FailAsync(current.Name, "", exception, cancellationToken);
        }
        return await EditPageAsync(current.Name, Text["Values of '{0}' deleted from {1} item(s).", field, purged], null, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(ContentTypeDefinition type, FieldForm form, bool isNew, FormErrors errors, CancellationToken cancellationToken)
    {
        var kind = Kinds.Find(form.Kind);
        if (kind is null) errors.Add("Kind", Text["Choose a field kind."]);
        var definitions = await Manager.GetAsync(cancellationToken);
        var part = definitions.FindPart(type.Name);
        var existing = part?.Fields.FirstOrDefault(f => string.Equals(f.Name, form.Name, StringComparison.OrdinalIgnoreCase));
        if (isNew && existing is not null) errors.Add("Name", Text["The type already has a field named '{0}'.", form.Name]);
        var settings = form.ToSettings(existing?.Settings ?? new FieldSettings(), kind, errors, s => Text[s]);
        if (errors.Any) return await FieldPageAsync(type, form, isNew, errors, cancellationToken);

        try
        {
            await Manager.AlterAsync(d => d.WithOwnField(type.Name, new ContentFieldDefinition(existing?.Name ?? form.Name, kind!.Name, settings)), cancellationToken);
        }
        catch (ContentDefinitionException exception)
        {
            errors.AddAll(exception, $"{type.Name}.{form.Name}", contentText);
            return await FieldPageAsync(type, form, isNew, errors, cancellationToken);
        }
        return await EditPageAsync(type.Name, Text["Field '{0}' saved.", form.Name], null, cancellationToken);
    }

    private async Task<IActionResult> FieldPageAsync(ContentTypeDefinition type, FieldForm form, bool isNew, FormErrors errors, CancellationToken cancellationToken)
    {
        if (errors.Any) Response.StatusCode = StatusCodes.Status400BadRequest;
        var definitions = await Manager.GetAsync(cancellationToken);
        return View(FieldView, new FieldPage(type, form, isNew, Kinds.Names.ToList(), definitions.Types.OrderBy(t => t.DisplayName).ToList(), errors));
    }

    private static ContentFieldDefinition? Field(ContentDefinitions definitions, ContentTypeDefinition type, string name) =>
        definitions.FindPart(type.Name)?.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
