using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.Helpdesk.Services;

/// <summary>
/// A staff reply (a TicketComment of kind Reply) on a ticket that had no response yet stamps the ticket's first response,
/// in the reply's transaction. Customer messages and internal notes do not count.
/// </summary>
public sealed class FirstResponseHandler(FeatureManager features, ContentManager content, TicketResponses responses) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Kind != ContentEventKind.Created || change.Item.ContentType != HelpdeskModel.TicketComment) return;
        if (change.Item.Text(HelpdeskModel.CommentKind) != HelpdeskModel.Reply || change.Item.Text(HelpdeskModel.CommentTicket) is not { } ticketId) return;
        if (!await features.IsEnabledAsync(HelpdeskModel.FeatureId, cancellationToken)) return;
        if (await content.GetAsync(ticketId, cancellationToken: cancellationToken) is not { ContentType: HelpdeskModel.Ticket } ticket
            || ticket.Text(HelpdeskModel.FirstRespondedAt) is not null) return;
        responses.Answered(ticket.Id);
        try
        {
            await content.UpdateAsync(ticket.Id, [], ticket.Version, cancellationToken);
        }
        finally
        {
            responses.Done(ticket.Id);
        }
    }
}
