using System.Security.Claims;
using Crm.Core.Security;
using Crm.Workflows.Admin;
using Crm.Workflows.Designer;
using Crm.Workflows.Models;
using Crm.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Workflows.Controllers;

/// <summary>Workflow instances: the list by status and workflow, one instance's history on its diagram, retry and cancel.</summary>
[RequirePermission(Permissions.ViewWorkflowInstances)]
public sealed class InstancesController(
    InstanceAdministration admin,
    InstanceStore instances,
    WorkflowStore workflows,
    ActivityRegistry registry,
    IAuthorizationService authorization,
    IStringLocalizer<WorkflowsText> text) : Controller
{
    [HttpGet("/admin/workflows/instances")]
    public async Task<IActionResult> Index([FromQuery] string? status, [FromQuery] string? workflow, [FromQuery] string? after, CancellationToken cancellationToken)
    {
        InstanceStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<InstanceStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)) return BadRequest(text["Unknown status '{0}'.", status].Value);
            wanted = parsed;
        }
        var page = await admin.ListAsync(wanted, workflow, after, cancellationToken);
        return View(new InstanceListModel(page, wanted, workflow, await workflows.ListAsync(cancellationToken), after));
    }

    [HttpGet("/admin/workflows/instances/{id}")]
    public async Task<IActionResult> Detail(string id, CancellationToken cancellationToken) => await DetailAsync(id, null, null, StatusCodes.Status200OK, cancellationToken);

    [HttpPost("/admin/workflows/instances/{id}/retry")]
    [RequirePermission(Permissions.ManageWorkflows)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Retry(string id, CancellationToken cancellationToken) =>
        ActAsync(id, () => admin.RetryAsync(id, User.Identity?.Name, cancellationToken), text["Retry scheduled: the failed activity runs again shortly."], cancellationToken);

    [HttpPost("/admin/workflows/instances/{id}/cancel")]
    [RequirePermission(Permissions.ManageWorkflows)]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Cancel(string id, CancellationToken cancellationToken) =>
        ActAsync(id, () => admin.CancelAsync(id, User.Identity?.Name, cancellationToken), text["Instance cancelled."], cancellationToken);

    private async Task<IActionResult> ActAsync(string id, Func<Task> action, string notice, CancellationToken cancellationToken)
    {
        if (await instances.FindAsync(id, cancellationToken) is not { IsTest: false }) return NotFound();
        try
        {
            await action();
        }
        catch (WorkflowAdminException e)
        {
            return await DetailAsync(id, null, e.Message, StatusCodes.Status409Conflict, cancellationToken);
        }
        return await DetailAsync(id, notice, null, StatusCodes.Status200OK, cancellationToken);
    }

    private async Task<IActionResult> DetailAsync(string id, string? notice, string? error, int status, CancellationToken cancellationToken)
    {
        if (await instances.FindAsync(id, cancellationToken) is not { IsTest: false } instance) return NotFound();
        var type = await workflows.FindAsync(instance.TypeId, cancellationToken);
        var version = await workflows.VersionAsync(instance.TypeId, instance.Version, cancellationToken);
        var log = await instances.LogAsync(instance.Id, cancellationToken);
        var path = log.Select(l => l.ActivityId).Where(a => a.Length > 0).Distinct().ToList();
        var canManage = (await authorization.AuthorizeAsync(User, PermissionPolicyProvider.Prefix + Permissions.ManageWorkflows)).Succeeded;
        Response.StatusCode = status;
        return View("Detail", new InstanceDetailModel(instance, type?.DisplayName ?? instance.TypeId,
            version is null ? null : WorkflowDiagram.From(version.Definition, registry), log, path, Incident.Of(instance), canManage, notice, error));
    }
}
