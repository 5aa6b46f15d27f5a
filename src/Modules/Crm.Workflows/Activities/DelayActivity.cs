using System.Globalization;
using Crm.Workflows.Definitions;
using Crm.Workflows.Expressions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Activities;

/// <summary>Waits for a duration or until a date, durably: the timer lives in the database and survives restarts.</summary>
public sealed class DelayActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Delay", "Timers", "Delay", "Waits for a duration (3d) or until a date ({{ item.RenewalDate }}).",
    [
        new("duration", PropertyKind.Duration, "How long, e.g. 3d, 1d12h, 30m."),
        new("until", PropertyKind.Text, "Or until this date/time (Liquid), e.g. {{ item.RenewalDate }}."),
    ], [Outcomes.Done]);

    public IEnumerable<string> Validate(ActivityDefinition activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Text("duration")) == string.IsNullOrWhiteSpace(activity.Text("until"))) yield return "Give a duration or a date to wait until (one of them).";
    }

    public Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        DateTimeOffset due;
        if (context.Text("duration") is { Length: > 0 } text)
        {
            due = context.Now + (Durations.Parse(text) ?? throw new WorkflowActivityException($"'{text}' is not a duration such as 3d or 2h."));
        }
        else
        {
            var until = context.Text("until")!.Trim();
            if (!DateTimeOffset.TryParse(until, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out due)) throw new WorkflowActivityException($"'{until}' is not a date.");
        }
        if (context.IsTest)
        {
            context.Recorded.Add($"test run: would wait until {Stamps.Of(due)}");
            return Task.FromResult(ActivityResult.Outcome(Outcomes.Done));
        }
        return Task.FromResult(due <= context.Now ? ActivityResult.Outcome(Outcomes.Done) : ActivityResult.Wait(new BookmarkRequest(due)) with { Note = $"until {Stamps.Of(due)}" });
    }
}
