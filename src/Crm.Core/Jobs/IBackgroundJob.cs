namespace Crm.Core.Jobs;

/// <summary>
/// A long operation (an import, a tenant's creation) that runs after its request has answered and that a page polls
/// for progress. It belongs to the tenant and user that started it; nobody else finds it.
/// </summary>
public interface IBackgroundJob
{
    string Id { get; }

    /// <summary>The tenant whose request started the job.</summary>
    string Tenant { get; }

    string UserId { get; }

    bool Done { get; }

    /// <summary>The job's work threw; the job is done and says it failed.</summary>
    void Crash(Exception error);
}
