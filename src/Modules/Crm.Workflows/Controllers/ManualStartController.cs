using Crm.Core.Security;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Workflows.Controllers;

/// <summary>The detail page's "Start: …" buttons: starts a workflow with a Manual trigger for the posted items, then shows its instances.</summary>
[RequirePermission(Permissions.StartWorkflows)]
public sealed class ManualStartController(ManualStarts starts) : Controller
{
    [HttpPost("/admin/workflows/start/{workflow}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Start(string workflow, [FromForm] List<string> itemIds, CancellationToken cancellationToken)
    {
        try
        {
            await starts.StartAsync(workflow, itemIds, null, User, cancellationToken);
        }
        catch (WorkflowValidationException e)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: string.Join(" ", e.Problems.Select(p => p.Message)));
        }
        return Redirect(Url.Content("~/admin/workflows/instances?status=Pending"));
    }
}
