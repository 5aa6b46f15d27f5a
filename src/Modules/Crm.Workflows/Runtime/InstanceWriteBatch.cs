namespace Crm.Workflows.Runtime;

/// <summary>
/// The runs of one claimed batch, saved together when the batch ends: the instances' new state in one statement, their
/// log rows in another, and one look-up of which of them still wait on a bookmark — instead of those statements per
/// instance. Nothing in a batch reads another instance's row or log, so deferring these writes to the batch's end
/// changes nothing but the number of round trips; bookmarks are still written as the runs make them.
/// </summary>
public sealed class InstanceWriteBatch
{
    private readonly List<(WorkflowInstance Instance, IReadOnlyList<LogEntry> Log)> _runs = [];
    private readonly HashSet<string> _undecided = [];

    /// <summary>The processor cancelled the resumed activities' other bookmarks for the whole batch in one statement.</summary>
    public bool SiblingsCancelled { get; init; }

    /// <param name="undecided">Whether the instance is Waiting or Finished depends on its bookmarks (decided at the flush).</param>
    public void Add(WorkflowInstance instance, IReadOnlyList<LogEntry> log, bool undecided)
    {
        _runs.Add((instance, log));
        if (undecided) _undecided.Add(instance.Id);
    }

    public async Task FlushAsync(InstanceStore store, CancellationToken cancellationToken)
    {
        if (_runs.Count == 0) return;
        if (_undecided.Count > 0)
        {
            var waiting = await store.WithBookmarksAsync(_undecided, cancellationToken);
            foreach (var (instance, _) in _runs.Where(r => _undecided.Contains(r.Instance.Id)))
            {
                instance.Status = waiting.Contains(instance.Id) ? InstanceStatus.Waiting : InstanceStatus.Finished;
            }
        }
        await store.SaveAllAsync(_runs.Select(r => r.Instance).ToList(), cancellationToken);
        await store.AppendLogsAsync(_runs.Where(r => r.Log.Count > 0).ToList(), cancellationToken);
    }
}
