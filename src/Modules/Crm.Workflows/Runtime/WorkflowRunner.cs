using System.Diagnostics;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Store;
using Crm.Workflows.Activities;
using Crm.Workflows.Definitions;
using Crm.Workflows.Expressions;
using Microsoft.Extensions.Options;

namespace Crm.Workflows.Runtime;

/// <summary>
/// Runs an instance from where it stands until it waits, finishes or faults, inside the caller's transaction: its state,
/// bookmarks, log and every content change or outbox message its activities make commit together, or not at all.
/// A failing activity is retried by its policy (a Retry bookmark), then follows its Failed outcome, else raises an incident.
/// </summary>
public sealed class WorkflowRunner(
    InstanceStore store,
    ActivityRegistry activities,
    ContentManager content,
    ContentDefinitionManager definitions,
    IServiceProvider services,
    IOptions<WorkflowRunOptions> options,
    TimeProvider clock)
{
    public Task<IReadOnlyList<LogEntry>> RunAsync(WorkflowInstance instance, WorkflowDefinition workflow, Bookmark? from, CancellationToken cancellationToken) =>
        RunAsync(instance, workflow, from, null, cancellationToken);

    /// <param name="batch">When given, the instance's state and log are saved with the rest of the batch (see <see cref="InstanceWriteBatch"/>).</param>
    public async Task<IReadOnlyList<LogEntry>> RunAsync(WorkflowInstance instance, WorkflowDefinition workflow, Bookmark? from, InstanceWriteBatch? batch,
        CancellationToken cancellationToken)
    {
        using var running = WorkflowExecution.Enter(instance.TypeId);
        var log = new List<LogEntry>();
        if (from?.Kind == Bookmark.Start) await LoadItemAsync(instance, cancellationToken);
        if (from is not null) await ResumeAsync(instance, workflow, from, log, batch?.SiblingsCancelled == true, cancellationToken);

        var steps = 0;
        while (instance.Status != InstanceStatus.Faulted && instance.Queue.Count > 0)
        {
            if (++steps > options.Value.MaxStepsPerRun)
            {
                // Let other instances run; this one continues from its queue on the next turn.
                await store.AddBookmarkAsync(instance.Id, instance.Queue[0]!.GetValue<string>(), Bookmark.Retry, new BookmarkRequest(clock.GetUtcNow()), cancellationToken);
                instance.Queue.RemoveAt(0);
                break;
            }
            var id = instance.Queue[0]!.GetValue<string>();
            instance.Queue.RemoveAt(0);
            var activity = workflow.Find(id);
            if (activity is null)
            {
                Fault(instance, id, $"The workflow has no activity '{id}'.", log, "", clock.GetUtcNow(), 0);
                break;
            }
            await StepAsync(instance, workflow, activity, context => Implementation(activity).ExecuteAsync(context), log, cancellationToken);
        }

        var undecided = instance.Status != InstanceStatus.Faulted && instance.Queue.Count == 0;
        if (instance.Status != InstanceStatus.Faulted && instance.Queue.Count > 0) instance.Status = InstanceStatus.Waiting;
        if (batch is not null)
        {
            batch.Add(instance, log, undecided);
            return log;
        }
        if (undecided) instance.Status = await store.HasBookmarksAsync(instance.Id, cancellationToken) ? InstanceStatus.Waiting : InstanceStatus.Finished;
        await store.SaveAsync(instance, cancellationToken);
        await store.AppendLogAsync(instance.Id, log, cancellationToken);
        return log;
    }

    /// <summary>An instance started for an item by id (a sweep's) gets the item as it is when the instance starts.</summary>
    private async Task LoadItemAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        if (instance.Input["item"] is not null || instance.Input["itemId"]?.GetValue<string>() is not { } id) return;
        if (await content.GetAsync(id, cancellationToken: cancellationToken) is { } item) instance.Input["item"] = ItemModel.From(item, await definitions.GetAsync(cancellationToken));
    }

    private async Task ResumeAsync(WorkflowInstance instance, WorkflowDefinition workflow, Bookmark from, List<LogEntry> log, bool siblingsCancelled,
        CancellationToken cancellationToken)
    {
        switch (from.Kind)
        {
            case Bookmark.Start or Bookmark.Retry:
                // Run the activity (again) from the start.
                instance.Queue.Insert(0, from.ActivityId);
                return;
        }
        var activity = workflow.Find(from.ActivityId);
        if (activity is null)
        {
            Fault(instance, from.ActivityId, $"The workflow has no activity '{from.ActivityId}'.", log, "", clock.GetUtcNow(), 0);
            return;
        }
        // The first of an activity's bookmarks to come wins; its others (an event's timeout) are cancelled, never run.
        if (!siblingsCancelled) await store.CancelBookmarksAsync(instance.Id, activity.Id, cancellationToken);
        var hit = new BookmarkHit(from.Id, activity.Id, from.Kind == Bookmark.Timer, from.PayloadJson);
        await StepAsync(instance, workflow, activity, context => Implementation(activity).ResumeAsync(context, hit), log, cancellationToken);
    }

    private async Task StepAsync(WorkflowInstance instance, WorkflowDefinition workflow, ActivityDefinition activity,
        Func<ActivityContext, Task<ActivityResult>> run, List<LogEntry> log, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var context = new ActivityContext
        {
            Activity = activity, Workflow = workflow, Instance = instance, Services = services, Now = clock.GetUtcNow(), CancellationToken = cancellationToken,
        };
        ActivityResult result;
        try
        {
            result = await run(context);
        }
        catch (Exception e) when (e is ScriptException or WorkflowActivityException or Core.Content.Store.ContentValidationException
                                      or Core.Content.Store.ContentNotFoundException or Core.Content.Store.ContentConcurrencyException
                                      or Core.Content.Queries.FilterException or Core.Templates.TemplateException or FormatException)
        {
            result = ActivityResult.Fail(e.Message);
        }
        var elapsed = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var note = string.Join("; ", new[] { result.Note }.Concat(context.Recorded).Where(n => !string.IsNullOrEmpty(n)));
        var at = clock.GetUtcNow();

        if (result.Failure is { } failure)
        {
            HandleFailure(instance, workflow, activity, failure, at, elapsed, log);
            if (activity.Retry is { } policy && RetryDue(instance, activity, policy, at) is { } due)
            {
                await store.AddBookmarkAsync(instance.Id, activity.Id, Bookmark.Retry, new BookmarkRequest(due), cancellationToken);
            }
            return;
        }
        instance.ActivityState(activity.Id).Remove("attempts");
        if (result.Bookmark is { } bookmark)
        {
            if (bookmark.EventName is not null) await store.AddBookmarkAsync(instance.Id, activity.Id, Bookmark.Event, bookmark with { Due = null }, cancellationToken);
            if (bookmark.Due is not null) await store.AddBookmarkAsync(instance.Id, activity.Id, Bookmark.Timer, bookmark with { EventName = null }, cancellationToken);
            log.Add(new LogEntry(activity.Id, activity.Type, null, Join("waiting", note), at, elapsed));
            return;
        }
        foreach (var outcome in result.Outcomes)
        {
            foreach (var next in workflow.Next(activity.Id, outcome)) instance.Queue.Add((JsonNode)next);
        }
        log.Add(new LogEntry(activity.Id, activity.Type, string.Join(", ", result.Outcomes), note.Length > 0 ? note : null, at, elapsed));
    }

    /// <summary>Logs the failure and decides: retry (attempts left), the Failed outcome, or an incident.</summary>
    private static void HandleFailure(WorkflowInstance instance, WorkflowDefinition workflow, ActivityDefinition activity, string failure, DateTimeOffset at, int elapsed, List<LogEntry> log)
    {
        var state = instance.ActivityState(activity.Id);
        var attempts = state["attempts"]?.GetValue<int>() ?? 0;
        if (activity.Retry is { } policy && attempts < policy.Attempts)
        {
            state["attempts"] = attempts + 1;
            log.Add(new LogEntry(activity.Id, activity.Type, Outcomes.Failed, $"{failure} (retry {attempts + 1} of {policy.Attempts} at {at + policy.DelayBefore(attempts + 1):u})", at, elapsed));
            return;
        }
        state.Remove("attempts");
        if (workflow.HasTransition(activity.Id, Outcomes.Failed))
        {
            foreach (var next in workflow.Next(activity.Id, Outcomes.Failed)) instance.Queue.Add((JsonNode)next);
            log.Add(new LogEntry(activity.Id, activity.Type, Outcomes.Failed, failure, at, elapsed));
            return;
        }
        Fault(instance, activity.Id, failure, log, activity.Type, at, elapsed);
    }

    private static DateTimeOffset? RetryDue(WorkflowInstance instance, ActivityDefinition activity, RetryPolicy policy, DateTimeOffset at) =>
        instance.ActivityState(activity.Id)["attempts"]?.GetValue<int>() is { } attempts and > 0 && instance.Status != InstanceStatus.Faulted
            ? at + policy.DelayBefore(attempts)
            : null;

    private static void Fault(WorkflowInstance instance, string activityId, string message, List<LogEntry> log, string type, DateTimeOffset at, int elapsed)
    {
        instance.Status = InstanceStatus.Faulted;
        instance.Incident = new JsonObject { ["activityId"] = activityId, ["message"] = message, ["at"] = Stamps.Of(at) }.ToJsonString();
        log.Add(new LogEntry(activityId, type, "Incident", message, at, elapsed));
    }

    private IWorkflowActivity Implementation(ActivityDefinition activity) =>
        activities.Find(activity.Type) ?? throw new WorkflowActivityException($"Activity type '{activity.Type}' is not available (is its feature enabled?).");

    private static string Join(string a, string b) => b.Length == 0 ? a : $"{a}: {b}";
}
