using Crm.Core.Modules;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Crm.Core.Security;
using Microsoft.Extensions.Localization;

namespace Crm.Features.Controllers;

/// <summary>Lists every feature with its dependencies; enables (with dependencies) and disables (with dependents).</summary>
[RequirePermission(Permissions.ManageFeatures)]
public sealed class FeaturesController(FeatureCatalog catalog, FeatureManager features, TenantScope scope, IStringLocalizer<FeaturesText> text) : Controller
{
    [HttpGet("/admin/features")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(null, null, cancellationToken));

    [HttpPost("/admin/features/{id}/enable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () => text["Enabled: {0}", string.Join(", ", (await features.EnableAsync([id], cancellationToken)).Select(f => f.Name))], cancellationToken);

    [HttpPost("/admin/features/{id}/disable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () => text["Disabled: {0}", string.Join(", ", (await features.DisableAsync([id], cancellationToken)).Select(f => f.Name))], cancellationToken);

    private async Task<IActionResult> ChangeAsync(string id, Func<Task<string>> change, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is null) return NotFound();
        try
        {
            return View("Index", await PageAsync(await change(), null, cancellationToken));
        }
        catch (FeatureException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(null, e.Message, cancellationToken));
        }
    }

    private async Task<FeaturesPage> PageAsync(string? notice, string? error, CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var rows = catalog.Features
            .Where(f => !f.DefaultTenantOnly || scope.Tenant.IsDefault)
            .Select(f => new FeatureRow(f, enabled.Contains(f.Id), catalog.Dependents(f.Id).Where(d => enabled.Contains(d.Id)).Select(d => d.Name).ToList()))
            .OrderBy(r => r.Feature.Category).ThenBy(r => r.Feature.Name)
            .ToList();
        return new FeaturesPage(rows, notice, error);
    }
}

public sealed record FeatureRow(FeatureInfo Feature, bool Enabled, IReadOnlyList<string> EnabledDependents);

public sealed record FeaturesPage(IReadOnlyList<FeatureRow> Rows, string? Notice, string? Error);
