using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.Helpdesk.Services;

/// <summary>Keeps a ticket's steps (<see cref="TicketStepRules"/>) and then its SLA (<see cref="TicketSlaRules"/>) on every write.</summary>
public sealed class TicketPreparer(FeatureManager features, ContentDefinitionManager definitions, SlaSettingsStore sla, TicketResponses responses, TimeProvider clock)
    : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Type.Name != HelpdeskModel.Ticket || !item.HasField(HelpdeskModel.Status)) return;
        if (!await features.IsEnabledAsync(HelpdeskModel.FeatureId, cancellationToken)) return;
        var now = clock.GetUtcNow();
        var statuses = ChoiceOptions.Of(await definitions.GetAsync(cancellationToken), item.Type, HelpdeskModel.Status);
        var answered = item.Before is { } before && responses.WasAnswered(before.Id);
        if (TicketStepRules.Apply(item, statuses, answered, now) is not { } steps) return;
        TicketSlaRules.Apply(item, steps, await sla.GetAsync(cancellationToken), now);
    }
}
