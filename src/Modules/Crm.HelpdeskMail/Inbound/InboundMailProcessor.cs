using System.Text.Json.Nodes;
using Crm.Core.Content.Queries;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Numbering;
using Crm.Email.Services;
using Crm.Helpdesk;
using Crm.Helpdesk.Models;
using Crm.HelpdeskMail.Imap;
using Microsoft.Extensions.Localization;

namespace Crm.HelpdeskMail.Inbound;

/// <summary>
/// Turns one inbound mail into helpdesk work, in one transaction, once per Message-ID: a subject naming an existing ticket
/// (T-2026-000123) adds the customer's message to it (a resolved ticket is reopened; a closed one gets a follow-up ticket),
/// anything else opens a ticket by email. The sender is the customer whose email matches; an unknown sender's ticket has no
/// customer (the address stays on the ticket's text for an agent to attach or create one — spam never becomes customers).
/// Machine mail and mail from the helpdesk's own addresses is recorded and ignored.
/// </summary>
public sealed class InboundMailProcessor(
    TenantDb db,
    InboundMailStore store,
    ContentManager content,
    ContentQuery query,
    SenderLookup senders,
    EmailSettingsStore smtp,
    ImapSettingsStore imap,
    TimeProvider clock,
    IStringLocalizer<HelpdeskMailText> text)
{
    public async Task<InboundMailResult> ProcessAsync(InboundMail mail, string source, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (!await store.ClaimAsync(mail, source, clock.GetUtcNow(), cancellationToken))
        {
            return await store.FindAsync(mail.Key, cancellationToken) ?? new InboundMailResult(InboundOutcome.Ignored, null, null, true, "being processed");
        }
        var result = await HandleAsync(mail, cancellationToken);
        await store.RecordAsync(mail.Key, result, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<InboundMailResult> HandleAsync(InboundMail mail, CancellationToken cancellationToken)
    {
        if (mail.AutomaticBecause is { } automatic) return Ignored($"automatic mail ({automatic})");
        if (await IsOwnAddressAsync(mail.From.Address, cancellationToken)) return Ignored("sent from the helpdesk's own address");

        var number = DocumentNumbers.FindIn(mail.Subject, HelpdeskModel.TicketPrefix);
        var ticket = number is null ? null : await TicketAsync(number, cancellationToken);
        if (ticket is null)
        {
            return await NewTicketAsync(mail, number is null ? null : text["The subject names {0}, which is not a ticket here.", number].Value, cancellationToken);
        }
        if (ticket.Text(HelpdeskModel.Status) == TicketStatus.Closed)
        {
            return await NewTicketAsync(mail, text["Follow-up to the closed ticket {0}.", number!].Value, cancellationToken);
        }
        return await CommentAsync(ticket, mail, cancellationToken);
    }

    private async Task<InboundMailResult> NewTicketAsync(InboundMail mail, string? preface, CancellationToken cancellationToken)
    {
        var ticket = await content.CreateAsync(HelpdeskModel.Ticket, new JsonObject
        {
            [HelpdeskModel.Subject] = MailTicketText.Subject(mail.Subject, text["(no subject)"]),
            [HelpdeskModel.Description] = MailTicketText.Body(mail, text["From"], text["Attachments"], preface),
            [HelpdeskModel.Customer] = await senders.CustomerIdAsync(mail.From.Address, cancellationToken),
            [HelpdeskModel.Channel] = MailModel.EmailChannel,
        }, cancellationToken: cancellationToken);
        return new InboundMailResult(InboundOutcome.Ticket, ticket.Id, null, false, preface);
    }

    private async Task<InboundMailResult> CommentAsync(ContentItem ticket, InboundMail mail, CancellationToken cancellationToken)
    {
        var comment = await content.CreateAsync(HelpdeskModel.TicketComment, new JsonObject
        {
            [HelpdeskModel.CommentTicket] = ticket.Id,
            [HelpdeskModel.CommentKind] = MailModel.CustomerMessage,
            [HelpdeskModel.CommentBody] = MailTicketText.Body(mail, text["From"], text["Attachments"]),
        }, cancellationToken: cancellationToken);
        string? note = null;
        if (ticket.Text(HelpdeskModel.Status) == TicketStatus.Resolved)
        {
            // Reopened in the same transaction; the step rules still decide (an admin may have changed the type).
            var current = await content.GetAsync(ticket.Id, cancellationToken: cancellationToken) ?? ticket;
            try
            {
                await content.UpdateAsync(ticket.Id, new JsonObject
                {
                    [HelpdeskModel.Status] = TicketStatus.InProgress,
                    [HelpdeskModel.ReopenReason] = text["The customer replied by email."].Value,
                }, current.Version, cancellationToken);
                note = "reopened";
            }
            catch (ContentValidationException e)
            {
                note = "not reopened: " + e.Message;
            }
        }
        return new InboundMailResult(InboundOutcome.Comment, ticket.Id, comment.Id, false, note);
    }

    private async Task<ContentItem?> TicketAsync(string number, CancellationToken cancellationToken) =>
        (await query.QueryAsync(new ContentQueryRequest
        {
            ContentType = HelpdeskModel.Ticket, Filter = FilterText.Parse($"{HelpdeskModel.Number}:eq:{FilterText.Escape(number)}"), First = 1, Count = CountMode.None,
        }, cancellationToken)).Items.FirstOrDefault();

    private async Task<bool> IsOwnAddressAsync(string address, CancellationToken cancellationToken)
    {
        var own = new[] { (await smtp.GetAsync(cancellationToken)).FromAddress, (await imap.GetAsync(cancellationToken)).Address };
        return own.Any(a => a is not null && string.Equals(a.Trim(), address, StringComparison.OrdinalIgnoreCase));
    }

    private static InboundMailResult Ignored(string why) => new(InboundOutcome.Ignored, null, null, false, why);
}
