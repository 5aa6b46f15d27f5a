using System.Text.Json.Nodes;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Helpdesk.Models;

namespace Crm.Helpdesk.Services;

/// <summary>Makes a <see cref="TicketMove"/> at the version the user saw; refusals come back as the content engine's validation errors.</summary>
public sealed class TicketMoves(ContentManager content)
{
    /// <summary>The moves a ticket in this step offers.</summary>
    public static IReadOnlyList<TicketMove> Offered(string? status) => status switch
    {
        TicketStatus.New => [TicketMove.Take, TicketMove.Start],
        TicketStatus.Assigned => [TicketMove.Start],
        TicketStatus.InProgress => [TicketMove.Resolve],
        TicketStatus.Resolved => [TicketMove.Close, TicketMove.Reopen],
        TicketStatus.Closed => [TicketMove.Reopen],
        _ => [],
    };

    /// <exception cref="ContentValidationException">The move is not allowed now (the errors name the field).</exception>
    /// <exception cref="ContentConcurrencyException">Someone changed the ticket since <paramref name="version"/>.</exception>
    public Task<ContentItem> MakeAsync(ContentItem ticket, TicketMove move, string userId, int version, string? reason, CancellationToken cancellationToken)
    {
        var status = ticket.Text(HelpdeskModel.Status);
        if (!Offered(status).Contains(move))
        {
            // A page older than the ticket (resolved twice): the step rules would see no move at all, so say it here.
            throw new ContentValidationException(HelpdeskModel.Ticket, [new ContentFieldError(HelpdeskModel.Status,
                new FieldProblem(FieldMessages.NotAllowedChange, status ?? "-", move.ToString(), string.Join(", ", Offered(status))))]);
        }
        var values = new JsonObject();
        var unassigned = ticket.Text(HelpdeskModel.Assignee) is null;
        switch (move)
        {
            case TicketMove.Take:
                values[HelpdeskModel.Assignee] = userId;
                break;
            case TicketMove.Start:
                if (unassigned) values[HelpdeskModel.Assignee] = userId;
                values[HelpdeskModel.Status] = TicketStatus.InProgress;
                break;
            case TicketMove.Resolve:
                values[HelpdeskModel.Status] = TicketStatus.Resolved;
                break;
            case TicketMove.Close:
                values[HelpdeskModel.Status] = TicketStatus.Closed;
                break;
            case TicketMove.Reopen:
                values[HelpdeskModel.Status] = TicketStatus.InProgress;
                values[HelpdeskModel.ReopenReason] = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
                break;
        }
        return content.UpdateAsync(ticket.Id, values, version, cancellationToken);
    }
}
