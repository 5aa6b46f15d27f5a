using Crm.Core.Security;
using Crm.Email.Models;
using Crm.Email.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OutboxService = Crm.Core.Outbox.Outbox;

namespace Crm.Email.Controllers;

/// <summary>/admin/email: the tenant's SMTP settings, and a test email whose delivery the page follows.</summary>
[RequirePermission(Permissions.ManageEmailSettings)]
public sealed class EmailSettingsController(
    EmailSettingsStore store,
    EmailSender sender,
    OutboxService outbox,
    EmlFileDrop files,
    IStringLocalizer<EmailText> text) : Controller
{
    [HttpGet("/admin/email")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        return View(Page(EmailSettingsForm.From(settings), settings));
    }

    [HttpPost("/admin/email")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save([FromForm] EmailSettingsForm form, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(cancellationToken);
        var errors = new Dictionary<string, string>();
        var settings = form.ToSettings(current, store.Protect, errors);
        form.NewPassword = null; // never sent back
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", Page(form, current) with { Errors = errors });
        }
        await store.SaveAsync(settings, cancellationToken);
        return View("Index", Page(EmailSettingsForm.From(settings), settings) with { Notice = text["Email settings saved."] });
    }

    [HttpPost("/admin/email/test")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SendTest([FromForm] string? testTo, CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        var page = Page(EmailSettingsForm.From(settings), settings) with { TestTo = testTo };
        if (testTo is null || !EmailAddresses.IsAddress(testTo))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", page with { Errors = new Dictionary<string, string> { ["TestTo"] = "Enter one email address, such as crm@example.com." } });
        }
        var id = await sender.QueueAsync(new EmailMessage
        {
            To = [testTo.Trim()],
            Subject = text["CrmPlatform test email"],
            TextBody = text["This is a test email from the email settings screen. If you can read it, email works."],
        }, cancellationToken);
        return View("Index", page with { Test = await outbox.FindAsync(id, cancellationToken) });
    }

    /// <summary>The test email's delivery so far (the page polls it until it is sent or failed).</summary>
    [HttpGet("/admin/email/test/{id}")]
    public async Task<IActionResult> TestStatus(string id, CancellationToken cancellationToken) =>
        await outbox.FindAsync(id, cancellationToken) is { Kind: EmailSender.OutboxKind } message
            ? PartialView("_TestStatus", message)
            : NotFound();

    private EmailSettingsPage Page(EmailSettingsForm form, SmtpSettings settings) =>
        new(form, settings.ProtectedPassword is not null, settings.IsConfigured, files.Directory);
}
