using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Microsoft.Extensions.Localization;

namespace Crm.Helpdesk.Services;

/// <summary>
/// Turns a logged call into a ticket in one transaction: the ticket takes the call's customer, notes and assignee, comes
/// in by phone and points at the call, and the call points at its ticket. A call that already has its ticket keeps it.
/// </summary>
public sealed class CallToTicket(TenantDb db, ContentManager content, IStringLocalizer<HelpdeskText> text)
{
    public const int SubjectLength = 200;

    public async Task<ContentItem> CreateAsync(ContentItem call, CancellationToken cancellationToken)
    {
        if (call.Text(HelpdeskModel.CallTicket) is { } existing && await content.GetAsync(existing, cancellationToken: cancellationToken) is { } ticket) return ticket;
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var notes = call.Text(HelpdeskModel.Notes);
        ticket = await content.CreateAsync(HelpdeskModel.Ticket, new JsonObject
        {
            [HelpdeskModel.Subject] = Subject(call, notes),
            [HelpdeskModel.Description] = notes,
            [HelpdeskModel.Customer] = call.Text(HelpdeskModel.Customer),
            [HelpdeskModel.Channel] = HelpdeskModel.Phone,
            [HelpdeskModel.Assignee] = call.Text(HelpdeskModel.Assignee),
            [HelpdeskModel.CallLogField] = call.Id,
        }, cancellationToken: cancellationToken);
        await content.UpdateAsync(call.Id, new JsonObject { [HelpdeskModel.CallTicket] = ticket.Id }, call.Version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ticket;
    }

    /// <summary>The notes' first line, else "Call from 010-…".</summary>
    private string Subject(ContentItem call, string? notes)
    {
        var line = notes?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()?.TrimStart('#', ' ');
        var subject = string.IsNullOrWhiteSpace(line) ? text["Call from {0}", call.Text(HelpdeskModel.PhoneNumber) ?? "?"].Value : line;
        return subject.Length <= SubjectLength ? subject : subject[..(SubjectLength - 1)] + "…";
    }
}
