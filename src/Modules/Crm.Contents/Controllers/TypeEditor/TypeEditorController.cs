using Crm.Contents.Models.TypeEditor;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers.TypeEditor;

/// <summary>
/// What the type editor's controllers share: reading the current definitions and item counts, and showing the
/// type's page again with a notice, or with errors and status 400 (a refused change has saved nothing).
/// </summary>
public abstract class TypeEditorController(ContentDefinitionManager manager, TenantDb db, FieldKinds kinds, IStringLocalizer<TypeEditorText> text) : Controller
{
    protected const string EditView = "~/Views/ContentTypes/Edit.cshtml";
    protected const string FieldView = "~/Views/ContentTypes/Field.cshtml";

    protected ContentDefinitionManager Manager => manager;
    protected FieldKinds Kinds => kinds;
    protected IStringLocalizer<TypeEditorText> Text => text;

    protected async Task<IReadOnlyDictionary<string, long>> ItemCountsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<TypeItemCount>(
            "SELECT content_type AS ContentType, COUNT(*) AS Items FROM content_items GROUP BY content_type", null, cancellationToken);
        return rows.ToDictionary(r => r.ContentType, r => r.Items, StringComparer.OrdinalIgnoreCase);
    }

    protected async Task<ContentTypeDefinition?> FindTypeAsync(string name, CancellationToken cancellationToken) =>
        (await manager.GetAsync(cancellationToken)).FindType(name);

    /// <summary>The type's page; null when the type is gone (the caller answers 404).</summary>
    protected async Task<IActionResult> EditPageAsync(string typeName, string? notice, FormErrors? errors, CancellationToken cancellationToken)
    {
        var definitions = await manager.GetAsync(cancellationToken);
        if (definitions.FindType(typeName) is not { } type) return NotFound();
        var counts = await ItemCountsAsync(cancellationToken);
        errors ??= new FormErrors();
        if (errors.Any) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(EditView, TypeEditPage.Build(definitions, type, kinds, counts.GetValueOrDefault(type.Name), notice, errors));
    }

    protected Task<IActionResult> FailAsync(string typeName, string input, ContentDefinitionException exception, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        errors.AddAllTo(exception, input);
        return EditPageAsync(typeName, null, errors, cancellationToken);
    }

    protected Task<IActionResult> FailAsync(string typeName, string input, string message, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        errors.Add(input, message);
        return EditPageAsync(typeName, null, errors, cancellationToken);
    }
}
