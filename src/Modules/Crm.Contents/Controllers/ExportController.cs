using Crm.Contents.Models.Items;
using Crm.Contents.Services.Bulk;
using Crm.Contents.Services.Items;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Controllers;

/// <summary>
/// The list as a CSV file: the same quick search, filter, sort and view scope as the list screen, every page of it.
/// Needs the ExportContent permission besides the right to see the items.
/// </summary>
[Authorize]
public sealed class ExportController(ItemTypes types, ContentAuthorizer authorizer, ContentToolsPermissions permissions, CsvExporter exporter,
    TimeProvider clock, IStringLocalizer<ContentToolsText> text) : Controller
{
    [HttpGet("/contents/{type}/export.csv")]
    public async Task<IActionResult> Export(string type, string? q, string? filter, string? sort, CancellationToken cancellationToken)
    {
        if (await types.ListableAsync(type, cancellationToken) is not ({ } defs, { } definition)) return NotFound();
        var scope = await authorizer.ViewScopeAsync(User, definition, cancellationToken);
        if (scope == ContentScope.None || !await permissions.CanExportAsync(User, cancellationToken))
        {
            return Message(StatusCodes.Status403Forbidden, text["Not allowed"], text["You do not have the right to export these items."], $"/contents/{definition.Name}");
        }
        FilterNode conditions;
        try
        {
            conditions = ListFilter.Build(q, filter, scope, User);
            await exporter.ValidateAsync(definition, conditions, sort, cancellationToken);
        }
        catch (FilterException e)
        {
            return Message(StatusCodes.Status400BadRequest, text["The export was not made"], string.Join(" ", e.Errors.Select(error => error.ToString())), $"/contents/{definition.Name}");
        }
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{definition.Name}-{clock.GetUtcNow():yyyyMMdd-HHmm}.csv\"";
        // Streamed page by page straight into the response; the body is written, so there is nothing left to execute.
        await exporter.WriteAsync(Response.Body, defs, definition, conditions, sort, cancellationToken);
        return new EmptyResult();
    }

    private ViewResult Message(int status, string title, string message, string backUrl) => new()
    {
        ViewName = "~/Views/Items/Message.cshtml",
        ViewData = new ViewDataDictionary<ItemMessagePage>(ViewData, new ItemMessagePage(title, message, backUrl, text["Back to the list"])),
        StatusCode = status,
    };
}
