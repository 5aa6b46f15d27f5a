using Crm.Core.Content.Store;
using Crm.Core.Modules;
using Crm.Helpdesk.Models;
using Crm.Workflows.Runtime;

namespace Crm.Helpdesk.Services;

/// <summary>
/// Tells waiting workflows what happened to a ticket, in the change's transaction: <c>ticket-responded</c> when it gets
/// its first response and <c>ticket-resolved</c> when it is resolved (or closed without being resolved first), each
/// correlated by the ticket's id. The TicketSla workflow waits for them.
/// </summary>
public sealed class TicketEventsHandler(FeatureManager features, WorkflowEvents events) : IContentHandler
{
    public async Task InTransactionAsync(ContentEvent change, CancellationToken cancellationToken)
    {
        if (change.Item.ContentType != HelpdeskModel.Ticket || change.Kind is not (ContentEventKind.Created or ContentEventKind.Updated)) return;
        var responded = change.Item.Text(HelpdeskModel.FirstRespondedAt) is not null && change.Before?.Text(HelpdeskModel.FirstRespondedAt) is null;
        var resolved = !TicketStatus.IsOpen(change.Item.Text(HelpdeskModel.Status)) && TicketStatus.IsOpen(change.Before?.Text(HelpdeskModel.Status) ?? TicketStatus.New);
        if (!responded && !resolved) return;
        if (!await features.IsEnabledAsync(HelpdeskModel.FeatureId, cancellationToken)) return;
        if (responded) await events.PublishAsync(HelpdeskModel.RespondedEvent, change.Item.Id, null, cancellationToken);
        if (resolved) await events.PublishAsync(HelpdeskModel.ResolvedEvent, change.Item.Id, null, cancellationToken);
    }
}
