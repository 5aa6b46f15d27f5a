using Crm.Core.Security;
using Crm.Workflows.Admin;
using Crm.Workflows.Definitions;
using Crm.Workflows.Models;
using Crm.Workflows.Runtime;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Workflows.Controllers;

/// <summary>The workflow list: create, enable/disable, export, import, delete workflows, and run a published sweep now.</summary>
[RequirePermission(Permissions.ManageWorkflows)]
public sealed class WorkflowsController(WorkflowAdministration admin, WorkflowStore store, IStringLocalizer<WorkflowsText> text) : Controller
{
    /// <summary>Larger files are refused before they are read: a workflow definition is a few kilobytes.</summary>
    private const long MaxImportBytes = 1024 * 1024;

    [HttpGet("/admin/workflows")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => await ListAsync(null, [], cancellationToken);

    [HttpPost("/admin/workflows")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] string? name, [FromForm] string? displayName, CancellationToken cancellationToken)
    {
        try
        {
            var created = await admin.CreateAsync(name ?? "", displayName, cancellationToken);
            return Redirect(Url.Content($"~/admin/workflows/{created.Id}/designer"));
        }
        catch (WorkflowValidationException e)
        {
            return await ListAsync(null, e.Problems, cancellationToken, StatusCodes.Status400BadRequest, name, displayName);
        }
    }

    [HttpPost("/admin/workflows/{id}/enabled")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Enable(string id, [FromForm] bool enabled, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } type) return NotFound();
        await store.SetEnabledAsync(type.Id, enabled, cancellationToken);
        return await ListAsync(enabled ? text["'{0}' enabled.", type.DisplayName] : text["'{0}' disabled: it starts no new instances.", type.DisplayName], [], cancellationToken);
    }

    [HttpPost("/admin/workflows/{id}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } type) return NotFound();
        try
        {
            await admin.DeleteAsync(type.Id, cancellationToken);
        }
        catch (WorkflowAdminException e)
        {
            return await ListAsync(null, [new("", "", e.Message)], cancellationToken, StatusCodes.Status409Conflict);
        }
        return await ListAsync(text["'{0}' deleted.", type.DisplayName], [], cancellationToken);
    }

    /// <summary>Runs the published sweep at once instead of at its next scheduled time; only matches without their instance get one.</summary>
    [HttpPost("/admin/workflows/{id}/run-now")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RunNow(string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } type) return NotFound();
        if (!type.Enabled) return await ListAsync(null, [new("", "", text["'{0}' is disabled: enable it before running its sweep.", type.DisplayName])], cancellationToken, StatusCodes.Status409Conflict);
        if (await admin.RunSweepsNowAsync(type, cancellationToken) is not { } result)
        {
            return await ListAsync(null, [new("", "", text["'{0}' has no published sweep to run.", type.DisplayName])], cancellationToken, StatusCodes.Status409Conflict);
        }
        return await ListAsync(text["'{0}' ran now: {1:N0} item(s) matched, {2:N0} new instance(s) created.", type.DisplayName, result.Matched, result.Started], [], cancellationToken);
    }

    /// <summary>The draft as a JSON file (the shape recipes and the designer's import read).</summary>
    [HttpGet("/admin/workflows/{id}/export")]
    public async Task<IActionResult> Export(string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } type) return NotFound();
        var json = System.Text.Json.JsonSerializer.Serialize(type.Draft, new System.Text.Json.JsonSerializerOptions(WorkflowJson.Options) { WriteIndented = true });
        return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"{type.Name}.workflow.json");
    }

    [HttpPost("/admin/workflows/import")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) return await ListAsync(null, [new("", "file", text["Choose a JSON file to import."])], cancellationToken, StatusCodes.Status400BadRequest);
        if (file.Length > MaxImportBytes) return await ListAsync(null, [new("", "file", text["The file is larger than 1 MB."])], cancellationToken, StatusCodes.Status400BadRequest);
        using var reader = new StreamReader(file.OpenReadStream());
        var result = await admin.ImportAsync(await reader.ReadToEndAsync(cancellationToken), cancellationToken);
        if (result.Saved is not { } saved) return await ListAsync(null, result.Problems, cancellationToken, StatusCodes.Status400BadRequest);
        return await ListAsync(text["'{0}' imported as a draft; publish it in the designer.", saved.DisplayName], [], cancellationToken);
    }

    private async Task<IActionResult> ListAsync(string? notice, IReadOnlyList<WorkflowProblem> problems, CancellationToken cancellationToken,
        int status = StatusCodes.Status200OK, string? name = null, string? displayName = null)
    {
        Response.StatusCode = status;
        return View("Index", new WorkflowListPage(await admin.ListAsync(cancellationToken), notice, problems, name, displayName));
    }
}
