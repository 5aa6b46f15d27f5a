using Crm.Core.Scheduling;
using Crm.Core.Security;
using Crm.HelpdeskMail.Imap;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.HelpdeskMail.Controllers;

/// <summary>/admin/helpdesk/mail: the IMAP mailbox the helpdesk polls, and how the last poll went. Saving polls at once.</summary>
[RequirePermission(Permissions.ManageHelpdeskMail)]
public sealed class ImapSettingsController(ImapSettingsStore store, ImapPollStore polls, DueWork due, TimeProvider clock, IStringLocalizer<HelpdeskMailText> text) : Controller
{
    [HttpGet("/admin/helpdesk/mail")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        return View(new ImapSettingsPage(ImapSettingsForm.From(settings), settings.ProtectedPassword is not null, await polls.GetAsync(cancellationToken)));
    }

    [HttpPost("/admin/helpdesk/mail")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save([FromForm] ImapSettingsForm form, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(cancellationToken);
        var errors = new Dictionary<string, string>();
        var settings = form.ToSettings(current, store.Protect, errors);
        form.NewPassword = null; // never sent back
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new ImapSettingsPage(form, current.ProtectedPassword is not null, await polls.GetAsync(cancellationToken)) { Errors = errors });
        }
        await store.SaveAsync(settings, cancellationToken);
        if (settings.IsConfigured)
        {
            await polls.DueAsync(clock.GetUtcNow(), cancellationToken);
            await due.ScheduleAsync(clock.GetUtcNow(), cancellationToken);
        }
        return View("Index", new ImapSettingsPage(ImapSettingsForm.From(settings), settings.ProtectedPassword is not null, await polls.GetAsync(cancellationToken))
        {
            Notice = text["Mailbox settings saved."],
        });
    }
}
