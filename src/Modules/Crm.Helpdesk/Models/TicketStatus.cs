using Crm.Core.Content.Store;

namespace Crm.Helpdesk.Models;

/// <summary>
/// The five steps of a ticket and the moves between them: New → Assigned → In progress → Resolved → Closed; an assigned
/// ticket may go back to the queue; a resolved or closed one is reopened to In progress (with a reason). Each step has
/// its timestamp field, kept by the system (the "…At" of the step, set when the ticket enters it).
/// </summary>
public static class TicketStatus
{
    public const string New = "New";
    public const string Assigned = "Assigned";
    public const string InProgress = "InProgress";
    public const string Resolved = "Resolved";
    public const string Closed = "Closed";

    public static readonly IReadOnlyList<string> All = [New, Assigned, InProgress, Resolved, Closed];

    /// <summary>The moves between the steps, checked on every write by <see cref="Services.TicketStepRules"/>.</summary>
    public static readonly StatusFlow Flow = new(new Dictionary<string, string[]>
    {
        [New] = [Assigned, InProgress],
        [Assigned] = [New, InProgress],
        [InProgress] = [Resolved],
        [Resolved] = [InProgress, Closed],
        [Closed] = [InProgress],
    });

    /// <summary>Back to work after the ticket was resolved or closed: needs a reason.</summary>
    public static bool IsReopen(string? from, string to) => from is Resolved or Closed && to == InProgress;

    /// <summary>Still work to do: in the queue or with someone.</summary>
    public static bool IsOpen(string? status) => status is New or Assigned or InProgress;

    /// <summary>The steps that need someone working on them.</summary>
    public static bool NeedsAssignee(string? status) => status is Assigned or InProgress;

    /// <summary>The field holding the time the ticket (last) entered the step: NewAt, AssignedAt, InProgressAt, ResolvedAt, ClosedAt.</summary>
    public static string StampField(string status) => status + "At";

    public const string ReopenedAt = "ReopenedAt";
}
