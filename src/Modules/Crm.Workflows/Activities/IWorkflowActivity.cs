using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Activities;

/// <summary>
/// An activity type: what the designer shows (<see cref="Descriptor"/>), which outcomes it may end with, extra checks of its
/// settings before publishing, and what it does when it runs (or resumes after waiting on a bookmark).
/// Registered as singletons with <c>services.AddActivity&lt;T&gt;()</c>; they keep no state of their own.
/// </summary>
public interface IWorkflowActivity
{
    ActivityDescriptor Descriptor { get; }

    /// <summary>The outcomes this activity may end with, for its settings (a Switch has one per case).</summary>
    IEnumerable<string> Outcomes(ActivityDefinition activity) => Descriptor.Outcomes;

    /// <summary>Problems with the settings beyond required/parse checks (e.g. a cron expression that does not parse).</summary>
    IEnumerable<string> Validate(ActivityDefinition activity) => [];

    Task<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>Called when a bookmark this activity made is reached (a timer fires, an event arrives).</summary>
    Task<ActivityResult> ResumeAsync(ActivityContext context, BookmarkHit hit) => Task.FromResult(ActivityResult.Outcome(Activities.Outcomes.Done));
}
