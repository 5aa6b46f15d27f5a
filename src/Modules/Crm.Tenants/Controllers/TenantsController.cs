using Crm.Core.Content.Security;
using Crm.Core.Jobs;
using Crm.Core.Recipes;
using Crm.Core.Security;
using Crm.Core.Tenants;
using Crm.Tenants.Models;
using Crm.Tenants.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Tenants.Controllers;

/// <summary>
/// The default tenant's tenant list: create from a recipe (checked at once, then run in the background with a polled
/// progress page), disable, enable.
/// </summary>
[RequirePermission(Permissions.ManageTenants)]
public sealed class TenantsController(TenantStore store, TenantSetupService setup, RecipeHarvester recipes, TenantScope current,
    BackgroundJobs jobs, BackgroundJobRunner runner, IStringLocalizer<TenantsText> text) : Controller
{
    [HttpGet("/admin/tenants")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(null, null, cancellationToken));

    [HttpPost("/admin/tenants")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] string name, [FromForm] string? prefix, [FromForm] string? hostName,
        [FromForm] string recipe, [FromForm] string adminEmail, CancellationToken cancellationToken)
    {
        var request = new TenantCreateRequest
        {
            Name = name ?? "",
            UrlPrefix = prefix ?? "",
            HostName = hostName,
            Recipe = recipe ?? "",
            AdminEmail = string.IsNullOrWhiteSpace(adminEmail) ? "admin@localhost" : adminEmail,
        };
        try
        {
            await setup.CheckAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is TenantSetupException or RecipeException)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(null, e.Message, cancellationToken));
        }

        var (tenant, userId) = (current.Tenant.Name, UserId);
        var job = jobs.Add(id => new TenantCreationJob(id, tenant, userId, request.Name, request.UrlPrefix));
        runner.Start(job, current.Tenant, User, async (_, stopping) =>
        {
            try
            {
                job.Succeed((await setup.CreateAsync(request, job, stopping)).GeneratedAdminPassword);
            }
            catch (Exception e) when (e is TenantSetupException or RecipeException)
            {
                job.Fail(e.Message);
            }
        });
        return RedirectToAction(nameof(Job), new { id = job.Id });
    }

    [HttpGet("/admin/tenants/jobs/{id}")]
    public IActionResult Job(string id)
    {
        if (jobs.Find<TenantCreationJob>(id, current.Tenant.Name, UserId) is not { } job) return NotFound();
        var page = new TenantJobPage(job, job.Done ? job.TakePassword() : null);
        // htmx polls replace only the progress block.
        return Request.Headers.ContainsKey("HX-Request") ? PartialView("_JobProgress", page) : View("Job", page);
    }

    [HttpPost("/admin/tenants/{name}/disable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(string name, CancellationToken cancellationToken) =>
        ChangeAsync(() => setup.DisableAsync(name, cancellationToken), text["Tenant '{0}' disabled.", name], cancellationToken);

    [HttpPost("/admin/tenants/{name}/enable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(string name, CancellationToken cancellationToken) =>
        ChangeAsync(() => setup.EnableAsync(name, cancellationToken), text["Tenant '{0}' enabled.", name], cancellationToken);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string notice, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            return View("Index", await PageAsync(notice, null, cancellationToken));
        }
        catch (TenantSetupException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(null, e.Message, cancellationToken));
        }
    }

    private string UserId => ContentAuthorizer.UserId(User) ?? "";

    private async Task<TenantsPage> PageAsync(string? notice, string? error, CancellationToken cancellationToken) =>
        new(await store.ListAsync(cancellationToken), (await recipes.ListAsync(cancellationToken)).Select(r => r.Name).ToList(), notice, error);
}
