using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Crm.Core.Jobs;

/// <summary>
/// The background jobs of this node, in memory: a progress page polls the node that runs its job (sign-in cookies keep a
/// user on one node behind a sticky balancer; after a restart the page answers 404, and whatever the job committed stays).
/// Finished jobs are kept for a while so that their outcome can be reopened, then dropped.
/// </summary>
public sealed class BackgroundJobs(TimeProvider clock)
{
    public static readonly TimeSpan KeepFinished = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (IBackgroundJob Job, DateTimeOffset Started)> _jobs = new(StringComparer.Ordinal);

    /// <summary>Registers the job <paramref name="create"/> makes from a new unguessable id.</summary>
    public TJob Add<TJob>(Func<string, TJob> create) where TJob : IBackgroundJob
    {
        var now = clock.GetUtcNow();
        foreach (var old in _jobs.Where(j => j.Value.Job.Done && j.Value.Started + KeepFinished <= now)) _jobs.TryRemove(old.Key, out _);
        var job = create(Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant());
        _jobs[job.Id] = (job, now);
        return job;
    }

    /// <summary>The job if it is of this kind and belongs to this tenant and user: others' jobs are not found.</summary>
    public TJob? Find<TJob>(string id, string tenant, string userId) where TJob : class, IBackgroundJob =>
        _jobs.TryGetValue(id, out var entry) && entry.Job is TJob job && job.Tenant == tenant && job.UserId == userId ? job : null;
}
