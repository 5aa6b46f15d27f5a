using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Crm.Contents.Services.Import;

/// <summary>
/// Imports of this node, in memory: a progress page polls the node that runs its import (sign-in cookies keep a user on
/// one node behind a sticky balancer; after a restart the page answers 404 and the items already committed stay).
/// Finished jobs are kept for a while so that the report can be reopened, then dropped.
/// </summary>
public sealed class ImportJobs(TimeProvider clock)
{
    public static readonly TimeSpan KeepFinished = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (ImportJob Job, DateTimeOffset Started)> _jobs = new(StringComparer.Ordinal);

    public ImportJob Add(string tenant, string userId, string contentType, int totalRows, int maxErrors)
    {
        var now = clock.GetUtcNow();
        foreach (var old in _jobs.Where(j => j.Value.Job.Done && j.Value.Started + KeepFinished <= now)) _jobs.TryRemove(old.Key, out _);
        var job = new ImportJob(Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant(), tenant, userId, contentType, totalRows, maxErrors);
        _jobs[job.Id] = (job, now);
        return job;
    }

    /// <summary>The job if it belongs to this tenant, user and type: others' imports are not found.</summary>
    public ImportJob? Find(string id, string tenant, string userId, string contentType) =>
        _jobs.TryGetValue(id, out var entry) && entry.Job.Tenant == tenant && entry.Job.UserId == userId
        && string.Equals(entry.Job.ContentType, contentType, StringComparison.OrdinalIgnoreCase)
            ? entry.Job
            : null;
}
