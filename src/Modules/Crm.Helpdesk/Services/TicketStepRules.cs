using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Helpdesk.Models;

namespace Crm.Helpdesk.Services;

/// <summary>
/// The five steps on every write of a ticket (form, board, import, API, workflow): a new ticket starts New (Assigned when
/// it has an assignee); an assignee given to a New ticket moves it to Assigned, and taking the assignee away from an
/// Assigned one puts it back in the queue; moves follow <see cref="TicketStatus"/>, Assigned and In progress need an
/// assignee, a reopen needs a reason. Every step's time, the first response and the reopen count are the system's:
/// values a caller sends for them are replaced.
/// </summary>
public static class TicketStepRules
{
    /// <returns>Null when the write is refused (the refusals name the fields).</returns>
    public static TicketSteps? Apply(ContentPreparing item, ChoiceOptions statuses, bool answered, DateTimeOffset now)
    {
        var before = item.Before?.Text(HelpdeskModel.Status);
        var status = item.Text(HelpdeskModel.Status) ?? TicketStatus.New;
        var assignee = item.Text(HelpdeskModel.Assignee);
        var movedByCaller = !item.IsCreate && item.Changed(HelpdeskModel.Status);
        if (status == TicketStatus.New && assignee is not null)
        {
            // Sent back to the queue on purpose: nobody has it any more. Otherwise an assignee means it is taken.
            if (movedByCaller) assignee = Clear(item, HelpdeskModel.Assignee);
            else status = TicketStatus.Assigned;
        }
        else if (status == TicketStatus.Assigned && assignee is null && !movedByCaller && item.Changed(HelpdeskModel.Assignee))
        {
            status = TicketStatus.New;
        }
        item.Set(HelpdeskModel.Status, status);

        if (!Allowed(item, before, status, assignee, statuses)) return null;
        return Stamp(item, before, status, answered, now);
    }

    private static bool Allowed(ContentPreparing item, string? before, string status, string? assignee, ChoiceOptions statuses)
    {
        var ok = true;
        if (item.IsCreate && status is not (TicketStatus.New or TicketStatus.Assigned))
        {
            item.Refuse(HelpdeskModel.Status, new FieldProblem(FieldMessages.MustStartAs, statuses.Label(TicketStatus.New)));
            return false;
        }
        if (!TicketStatus.Flow.Check(item, HelpdeskModel.Status, before, status)) return false;
        if (TicketStatus.NeedsAssignee(status) && assignee is null)
        {
            item.Refuse(HelpdeskModel.Assignee, new FieldProblem(FieldMessages.RequiredFor, statuses.Label(status)));
            ok = false;
        }
        if (TicketStatus.IsReopen(before, status) && (!item.Changed(HelpdeskModel.ReopenReason) || item.Text(HelpdeskModel.ReopenReason) is null))
        {
            item.Refuse(HelpdeskModel.ReopenReason, new FieldProblem(FieldMessages.RequiredToReopen));
            ok = false;
        }
        return ok;
    }

    private static TicketSteps Stamp(ContentPreparing item, string? before, string status, bool answered, DateTimeOffset now)
    {
        var stamps = TicketStatus.All.ToDictionary(s => s, s => TicketTimes.Before(item, TicketStatus.StampField(s)));
        var reopenedAt = TicketTimes.Before(item, TicketStatus.ReopenedAt);
        var reopens = (int)(item.Before?.Text(HelpdeskModel.ReopenCount) is { } count ? decimal.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 0);
        var firstResponse = TicketTimes.Before(item, HelpdeskModel.FirstRespondedAt);
        if (item.IsCreate) stamps[TicketStatus.New] = now;
        if (before != status)
        {
            stamps[status] = now;
            if (TicketStatus.IsReopen(before, status))
            {
                // No longer resolved: the history keeps when it was.
                stamps[TicketStatus.Resolved] = null;
                stamps[TicketStatus.Closed] = null;
                reopenedAt = now;
                reopens++;
            }
        }
        // First response: the first move to work (In progress or further), or the first staff reply.
        if (firstResponse is null && (answered || status is TicketStatus.InProgress or TicketStatus.Resolved or TicketStatus.Closed)) firstResponse = now;

        foreach (var (step, at) in stamps) TicketTimes.Keep(item, TicketStatus.StampField(step), TicketTimes.Json(at));
        TicketTimes.Keep(item, TicketStatus.ReopenedAt, TicketTimes.Json(reopenedAt));
        TicketTimes.Keep(item, HelpdeskModel.ReopenCount, JsonValue.Create(reopens));
        TicketTimes.Keep(item, HelpdeskModel.FirstRespondedAt, TicketTimes.Json(firstResponse));
        return new TicketSteps(status, stamps[TicketStatus.New] ?? item.Before?.CreatedUtc ?? now, firstResponse, stamps[TicketStatus.Resolved],
            reopenedAt, TicketStatus.IsReopen(before, status));
    }

    private static string? Clear(ContentPreparing item, string field)
    {
        item.Set(field, null);
        return null;
    }
}
