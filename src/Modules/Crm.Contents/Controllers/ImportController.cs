using Crm.Contents.Controllers.Items;
using Crm.Contents.Models.Import;
using Crm.Contents.Services.Import;
using Crm.Contents.Services.Items;
using Crm.Core.Content.Bulk;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Jobs;
using Crm.Core.Security;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers;

/// <summary>
/// CSV import of a type's items: upload, map columns to fields, run in the background and poll the progress. Every step
/// needs the ImportContent permission and the right to create the type's items; uploads and jobs are the user's own.
/// </summary>
[Authorize]
public sealed class ImportController(ItemTypes types, ContentAuthorizer authorizer, IAuthorizationService authorization, TenantScope tenant,
    ImportUploads uploads, BackgroundJobs jobs, BackgroundJobRunner starter, IStringLocalizer<ContentScreensText> screens, IStringLocalizer<ContentImportText> text) : Controller
{
    [HttpGet("/contents/{type}/import")]
    public async Task<IActionResult> Upload(string type, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(type, cancellationToken) is not { } found) return Refusal(type);
        return View("~/Views/Import/Upload.cshtml", new ImportUploadPage(found.Type, ImportMode.KeepValidRows, DuplicateHandling.Skip));
    }

    [HttpPost("/contents/{type}/import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(ImportUploads.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(string type, IFormFile? file, ImportMode mode, DuplicateHandling duplicates, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(type, cancellationToken) is not { } found) return Refusal(type);
        var refused = (string message) => (IActionResult)BadRequestView("~/Views/Import/Upload.cshtml", new ImportUploadPage(found.Type, mode, duplicates, message));
        if (file is null || file.Length == 0) return refused(text["The file is empty."]);
        if (file.Length > ImportUploads.MaxBytes) return refused(text["The file is larger than {0} MB.", ImportUploads.MaxBytes / 1024 / 1024]);
        var extension = Path.GetExtension(file.FileName);
        if (!extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return refused(text["Only CSV files (.csv) can be imported."]);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        if (CsvImportFile.Decode(buffer.ToArray()) is not { } content) return refused(text["The file is not a CSV text file in UTF-8."]);
        var (header, rows) = await CsvImportFile.ScanAsync(content, cancellationToken);
        if (header.Length == 0 || header.All(h => h.Length == 0)) return refused(text["The file has no header row."]);
        if (rows == 0) return refused(text["The file has no rows under its header."]);

        var upload = uploads.Add(tenant.Tenant.Name, UserId, found.Type.Name, Path.GetFileName(file.FileName), content);
        return View("~/Views/Import/Mapping.cshtml", new ImportMappingPage(found.Type, upload.Token, upload.FileName, rows, mode, duplicates,
            ImportMapping.Suggest(found.Definitions, found.Type, header), ImportMapping.Options(found.Definitions, found.Type)));
    }

    [HttpPost("/contents/{type}/import/run")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Run(string type, string? token, ImportMode mode, DuplicateHandling duplicates, string[]? map, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(type, cancellationToken) is not { } found) return Refusal(type);
        if (uploads.Find(token, tenant.Tenant.Name, UserId, found.Type.Name) is not { } upload)
        {
            return BadRequestView("~/Views/Import/Upload.cshtml", new ImportUploadPage(found.Type, mode, duplicates, text["The uploaded file is no longer available; upload it again."]));
        }
        var (header, rows) = await CsvImportFile.ScanAsync(upload.Text, cancellationToken);
        var (columns, error, argument) = ImportMapping.Resolve(found.Definitions, found.Type, header.Length, map);
        if (columns is null)
        {
            var chosen = header.Select((h, i) => new ImportMappingColumn(i, h, map is not null && i < map.Length ? map[i] ?? "" : "")).ToList();
            return BadRequestView("~/Views/Import/Mapping.cshtml", new ImportMappingPage(found.Type, upload.Token, upload.FileName, rows, mode, duplicates,
                chosen, ImportMapping.Options(found.Definitions, found.Type), text[error!, argument ?? ""]));
        }

        uploads.Remove(upload.Token);
        var (tenantName, userId, typeName) = (tenant.Tenant.Name, UserId, found.Type.Name);
        var job = jobs.Add(id => new ImportJob(id, tenantName, userId, typeName, rows, new ImportOptions().MaxErrors));
        var definition = found.Type;
        var user = User;
        starter.Start(job, tenant.Tenant, user, (services, stopping) => services.GetRequiredService<CsvImportRunner>()
            .RunAsync(job, upload.Text, definition, columns, mode, duplicates, user, stopping));
        return Redirect(Url.Content($"~/contents/{found.Type.Name}/import/{job.Id}"));
    }

    [HttpGet("/contents/{type}/import/{job}")]
    public async Task<IActionResult> Progress(string type, string job, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(type, cancellationToken) is not { } found) return Refusal(type);
        if (jobs.Find<ImportJob>(job, tenant.Tenant.Name, UserId) is not { } running
            || !string.Equals(running.ContentType, found.Type.Name, StringComparison.OrdinalIgnoreCase)) return NotFound();
        var page = new ImportJobPage(found.Type, running);
        // htmx polls replace only the progress block.
        return Request.Headers.ContainsKey("HX-Request")
            ? PartialView("~/Views/Import/_Progress.cshtml", page)
            : View("~/Views/Import/Job.cshtml", page);
    }

    private string UserId => ContentAuthorizer.UserId(User) ?? "";

    /// <summary>The type, when it has screens and the user may import into it; null otherwise (see <see cref="Refusal"/>).</summary>
    private async Task<(ContentDefinitions Definitions, ContentTypeDefinition Type)?> AllowedAsync(string type, CancellationToken cancellationToken)
    {
        _missing = false;
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition))
        {
            _missing = true;
            return null;
        }
        var allowed = definition.Settings.Creatable
                      && await authorizer.CanAsync(User, ContentAction.Create, definition, null, cancellationToken)
                      && (await authorization.AuthorizeAsync(User, PermissionPolicyProvider.Prefix + ContentPermissions.ImportContent)).Succeeded;
        return allowed ? (defs, definition) : null;
    }

    private bool _missing;

    private IActionResult Refusal(string type) => _missing ? NotFound() : this.Forbidden(screens, $"/contents/{type}");

    private ViewResult BadRequestView<T>(string view, T model)
    {
        var result = View(view, model);
        result.StatusCode = StatusCodes.Status400BadRequest;
        return result;
    }
}
