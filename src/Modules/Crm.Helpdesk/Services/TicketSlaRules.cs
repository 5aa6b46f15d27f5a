using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Helpdesk.Models;

namespace Crm.Helpdesk.Services;

/// <summary>
/// A ticket's SLA on every write: its first-response and resolution due times come from its priority's targets, counted
/// from when it was received (recomputed when the priority changes), and its breach flags say whether a target was
/// missed. A reopened ticket gets a fresh resolution target counted from the reopen (the TicketSla workflow starts
/// again on it); a missed resolution stays missed. A flag is the system's: it turns on when the response or resolution
/// came late, or when a workflow asks for it once the due time has passed without one (the TicketSla workflow does, on
/// its timeout); anything else a caller sends is replaced.
/// </summary>
public static class TicketSlaRules
{
    public static void Apply(ContentPreparing item, TicketSteps steps, SlaTargets targets, DateTimeOffset now)
    {
        var responseDue = TicketTimes.Before(item, HelpdeskModel.FirstResponseDueAt);
        var resolutionDue = TicketTimes.Before(item, HelpdeskModel.ResolutionDueAt);
        if (item.IsCreate || item.Changed(HelpdeskModel.Priority) || steps.ReopenedNow)
        {
            var target = targets.For(item.Text(HelpdeskModel.Priority));
            responseDue = SlaTarget.Due(steps.NewAt, target.FirstResponseHours);
            resolutionDue = SlaTarget.Due(steps.ReopenedAt ?? steps.NewAt, target.ResolutionHours);
        }
        TicketTimes.Keep(item, HelpdeskModel.FirstResponseDueAt, TicketTimes.Json(responseDue));
        TicketTimes.Keep(item, HelpdeskModel.ResolutionDueAt, TicketTimes.Json(resolutionDue));

        var responseLate = responseDue is { } rd && (steps.FirstRespondedAt is { } answered
            ? answered > rd
            : WasBreached(item, HelpdeskModel.FirstResponseBreached) || (Asked(item, HelpdeskModel.FirstResponseBreached) && now >= rd));
        var resolutionLate = WasBreached(item, HelpdeskModel.ResolutionBreached) || (resolutionDue is { } sd && (steps.ResolvedAt is { } resolved
            ? resolved > sd
            : Asked(item, HelpdeskModel.ResolutionBreached) && now >= sd));
        TicketTimes.Keep(item, HelpdeskModel.FirstResponseBreached, JsonValue.Create(responseLate));
        TicketTimes.Keep(item, HelpdeskModel.ResolutionBreached, JsonValue.Create(resolutionLate));
    }

    private static bool WasBreached(ContentPreparing item, string flag) => item.Before?.Text(flag) == "true";

    private static bool Asked(ContentPreparing item, string flag) => item.Changed(flag) && item.Value(flag) is JsonValue v && v.TryGetValue<bool>(out var on) && on;
}
