using System.Globalization;
using Crm.Workflows.Expressions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Activities;

/// <summary>Waits for a named event (for this item, by correlation) — or, with a timeout, until it runs out: the SLA pattern.</summary>
public sealed class WaitForEventActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("WaitForEvent", "Timers", "Wait for event", "Waits for an event such as ticket-answered; TimedOut when the timeout passes first.",
    [
        new("eventName", PropertyKind.Text, "The event's name.", Required: true),
        new("correlation", PropertyKind.Text, "Only the event for this (Liquid), e.g. {{ item.Id }}."),
        new("timeout", PropertyKind.Duration, "Give up after, e.g. 4h (empty: wait forever)."),
        new("until", PropertyKind.Text, "Or give up at this time (Liquid), e.g. {{ item.FirstResponseDueAt }}; with a timeout too, the earlier one counts. Empty: no deadline."),
    ], [Outcomes.Done, Outcomes.TimedOut]);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var timeout = context.Text("timeout") is { Length: > 0 } text ? Durations.Parse(text) ?? throw new WorkflowActivityException($"'{text}' is not a duration.") : (TimeSpan?)null;
        var deadline = Deadline(context.Now + timeout, context.Text("until"));
        var name = context.Text("eventName")!.Trim();
        var correlation = context.Text("correlation") is { Length: > 0 } c ? c.Trim() : null;
        if (context.IsTest)
        {
            context.Recorded.Add($"test run: would wait for {name}" + (deadline is null ? "" : $" until {Stamps.Of(deadline.Value)}"));
            return Task.FromResult(ActivityResult.Outcome(Outcomes.Done));
        }
        return Task.FromResult(ActivityResult.Wait(new BookmarkRequest(deadline, name, correlation)) with { Note = $"for {name}" + (correlation is null ? "" : $" ({correlation})") });
    }

    /// <summary>The earlier of the timeout's end and the "until" time; an "until" that renders empty sets no deadline.</summary>
    private static DateTimeOffset? Deadline(DateTimeOffset? afterTimeout, string? until)
    {
        if (string.IsNullOrWhiteSpace(until)) return afterTimeout;
        if (!DateTimeOffset.TryParse(until.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            throw new WorkflowActivityException($"'{until.Trim()}' is not a date and time (until).");
        }
        return afterTimeout is { } other && other < at ? other : at;
    }

    public Task<ActivityResult> ResumeAsync(ActivityContext context, BookmarkHit hit)
    {
        if (hit.TimedOut) return Task.FromResult(ActivityResult.Outcome(Outcomes.TimedOut));
        context.SetOutput(hit.Payload);
        return Task.FromResult(ActivityResult.Outcome(Outcomes.Done));
    }
}
