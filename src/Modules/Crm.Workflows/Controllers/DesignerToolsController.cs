using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;
using Crm.Core.Security;
using Crm.Workflows.Admin;
using Crm.Workflows.Definitions;
using Crm.Workflows.Designer;
using Crm.Workflows.Runtime;
using Crm.Workflows.Triggers;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Workflows.Controllers;

/// <summary>The designer's tools that read data: a sweep's preview, items to test with, and the test run (rolled back).</summary>
[RequirePermission(Permissions.ManageWorkflows)]
public sealed class DesignerToolsController(
    WorkflowStore store,
    WorkflowValidator validator,
    WorkflowTestRunner tests,
    SweepRunner sweeps,
    ContentQuery query,
    ContentDefinitionManager definitions) : Controller
{
    private const int SampleSize = 10;

    [HttpPost("/admin/workflows/{id}/sweep-preview")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SweepPreview(string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null) return NotFound();
        try
        {
            var sweep = DesignerRequest.Activity(await DesignerRequest.ReadAsync(Request, cancellationToken));
            if (!string.Equals(sweep.Type, SweepTrigger.TypeName, StringComparison.OrdinalIgnoreCase)) return BadRequest(new { message = "Only a Sweep start has a preview." });
            if ((await definitions.GetAsync(cancellationToken)).FindType(sweep.Text("contentType") ?? "") is null) return BadRequest(new { message = $"'{sweep.Text("contentType")}' is not a content type." });
            var preview = await sweeps.PreviewAsync(sweep, SampleSize, cancellationToken);
            return Json(new { count = preview.Count, sample = preview.Sample.Select(s => new { id = s.Id, displayText = s.DisplayText }) });
        }
        catch (Exception e) when (e is DesignerRequestException or FilterException or WorkflowActivityException)
        {
            return BadRequest(new { message = e.Message });
        }
    }

    /// <summary>The newest items of a type, to choose one for a test run.</summary>
    [HttpGet("/admin/workflows/{id}/test-items")]
    public async Task<IActionResult> TestItems(string id, [FromQuery] string? contentType, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null) return NotFound();
        if ((await definitions.GetAsync(cancellationToken)).FindType(contentType ?? "") is not { } type) return BadRequest(new { message = $"'{contentType}' is not a content type." });
        var items = await query.QueryAsync(new ContentQueryRequest { ContentType = type.Name, First = 50, Count = CountMode.None }, cancellationToken);
        return Json(items.Items.Select(i => new { id = i.Id, displayText = i.DisplayText }));
    }

    /// <summary>Body: <c>{ "definition": {...}, "itemId": "..." }</c>. Runs the canvas's definition (not the saved draft) and writes nothing.</summary>
    [HttpPost("/admin/workflows/{id}/test-run")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> TestRun(string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } type) return NotFound();
        try
        {
            var body = await DesignerRequest.ReadAsync(Request, cancellationToken);
            var definition = DesignerRequest.Definition(body["definition"], type.Name);
            var problems = await validator.ValidateAsync(definition, cancellationToken);
            if (problems.Count > 0) return BadRequest(new { message = "Fix the workflow's problems before a test run.", problems = DesignerRequest.Problems(problems) });
            var itemId = body["itemId"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
            var result = await tests.RunAsync(type.Id, definition, itemId, cancellationToken);
            return Json(new
            {
                status = result.Status.ToString(),
                incident = result.Incident,
                path = result.Path,
                log = result.Log.Select(l => new { activityId = l.ActivityId, activityType = l.ActivityType, outcome = l.Outcome, message = l.Message }),
            });
        }
        catch (Exception e) when (e is DesignerRequestException or WorkflowAdminException)
        {
            return BadRequest(new { message = e.Message });
        }
    }
}
