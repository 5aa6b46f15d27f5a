using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Security;
using Crm.Core.Data;
using Crm.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers.TypeEditor;

/// <summary>A type's composite indexes; the manager builds or drops the SQL index in the same transaction.</summary>
[RequirePermission(ContentPermissions.ManageContentTypes)]
public sealed class CompositeIndexesController(ContentDefinitionManager manager, TenantDb db, FieldKinds kinds, IStringLocalizer<TypeEditorText> text)
    : TypeEditorController(manager, db, kinds, text)
{
    /// <param name="fields">One entry a line, in index order: "Stage", "LastActivityAt desc".</param>
    [HttpPost("/admin/content-types/{type}/indexes")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Add(string type, [FromForm] string? name, [FromForm] string? fields, CancellationToken cancellationToken)
    {
        if (await FindTypeAsync(type, cancellationToken) is not { } current) return NotFound();
        name = name?.Trim() ?? "";
        var entries = (fields ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (current.Settings.CompositeIndexes.Any(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return await FailAsync(current.Name, "Index", Text["The type already has an index named '{0}'.", name], cancellationToken);
        }
        try
        {
            await Manager.AlterAsync(d =>
            {
                var latest = d.FindType(current.Name) ?? current;
                return d.With(latest with { Settings = latest.Settings with { CompositeIndexes = [.. latest.Settings.CompositeIndexes, new CompositeIndexDefinition(name, entries)] } });
            }, cancellationToken);
        }
        catch (ContentDefinitionException exception)
        {
            return await FailAsync(current.Name, "Index", exception, cancellationToken);
        }
        return await EditPageAsync(current.Name, Text["Index '{0}' added.", name], null, cancellationToken);
    }

    [HttpPost("/admin/content-types/{type}/indexes/{name}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(string type, string name, CancellationToken cancellationToken)
    {
        if (await FindTypeAsync(type, cancellationToken) is not { } current) return NotFound();
        if (!current.Settings.CompositeIndexes.Any(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase))) return NotFound();
        await Manager.AlterAsync(d =>
        {
            var latest = d.FindType(current.Name) ?? current;
            var kept = latest.Settings.CompositeIndexes.Where(i => !string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            return d.With(latest with { Settings = latest.Settings with { CompositeIndexes = kept } });
        }, cancellationToken);
        return await EditPageAsync(current.Name, Text["Index '{0}' removed.", name], null, cancellationToken);
    }
}
