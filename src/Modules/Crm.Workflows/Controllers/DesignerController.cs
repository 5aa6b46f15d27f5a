using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Security;
using Crm.Workflows.Admin;
using Crm.Workflows.Definitions;
using Crm.Workflows.Designer;
using Crm.Workflows.Models;
using Crm.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Workflows.Controllers;

/// <summary>The designer page and its calls: validate (problems and each activity's outcomes), save the draft, publish, versions.</summary>
[RequirePermission(Permissions.ManageWorkflows)]
public sealed class DesignerController(
    WorkflowStore store,
    WorkflowValidator validator,
    WorkflowAdministration admin,
    ActivityRegistry registry,
    ActivityPalette palette,
    ContentDefinitionManager definitions) : Controller
{
    [HttpGet("/admin/workflows/{id}/designer")]
    public async Task<IActionResult> Index(string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } type) return NotFound();
        var available = await palette.AvailableAsync(cancellationToken);
        var types = (await definitions.GetAsync(cancellationToken)).Types.OrderBy(t => t.DisplayName)
            .Select(t => (JsonNode)new JsonObject { ["name"] = t.Name, ["displayName"] = t.DisplayName }).ToArray();
        return View(new DesignerPage(type, WorkflowDiagram.From(type.Draft, registry), await palette.DescribeAsync(available, cancellationToken), available,
            new JsonArray(types), await admin.VersionsAsync(type.Id, cancellationToken)));
    }

    [HttpPost("/admin/workflows/{id}/validate")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Validate(string id, CancellationToken cancellationToken) =>
        WithDefinitionAsync(id, async (_, definition) => Json(await CheckAsync(definition, cancellationToken)), cancellationToken);

    /// <summary>Saves whatever the canvas holds (a draft may be unfinished) and answers with its problems.</summary>
    [HttpPost("/admin/workflows/{id}/draft")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Save(string id, CancellationToken cancellationToken) =>
        WithDefinitionAsync(id, async (_, definition) =>
        {
            await store.SaveDraftAsync(definition, cancellationToken);
            return Json(await CheckAsync(definition, cancellationToken));
        }, cancellationToken);

    /// <summary>Saves the canvas as the draft and publishes it; 400 with every problem (by activity) when it cannot be published.</summary>
    [HttpPost("/admin/workflows/{id}/publish")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Publish(string id, CancellationToken cancellationToken) =>
        WithDefinitionAsync(id, async (type, definition) =>
        {
            await store.SaveDraftAsync(definition, cancellationToken);
            try
            {
                var published = await store.PublishAsync(type.Id, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
                return Json(new { version = published.Version, problems = Array.Empty<object>() });
            }
            catch (WorkflowValidationException e)
            {
                return BadRequest(new { problems = DesignerRequest.Problems(e.Problems) });
            }
        }, cancellationToken);

    [HttpGet("/admin/workflows/{id}/versions")]
    public async Task<IActionResult> Versions(string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } type) return NotFound();
        return PartialView("_Versions", await admin.VersionsAsync(type.Id, cancellationToken));
    }

    private async Task<object> CheckAsync(WorkflowDefinition definition, CancellationToken cancellationToken) => new
    {
        problems = DesignerRequest.Problems(await validator.ValidateAsync(definition, cancellationToken)),
        outcomes = WorkflowDiagram.Outcomes(definition, registry),
    };

    private async Task<IActionResult> WithDefinitionAsync(string id, Func<WorkflowType, WorkflowDefinition, Task<IActionResult>> action, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } type) return NotFound();
        try
        {
            return await action(type, DesignerRequest.Definition(await DesignerRequest.ReadAsync(Request, cancellationToken), type.Name));
        }
        catch (DesignerRequestException e)
        {
            return BadRequest(new { message = e.Message });
        }
    }
}
