using Crm.Core.Jobs;
using Crm.Core.Recipes;

namespace Crm.Tenants.Services;

/// <summary>
/// A tenant being created in the background: the recipe's steps done out of its total, then Running or the error that
/// names the failing step and JSON path. Written by the job's task, read by the polling page; <see cref="Done"/> is set last.
/// </summary>
public sealed class TenantCreationJob(string id, string tenant, string userId, string tenantName, string urlPrefix) : IBackgroundJob, IProgress<RecipeProgress>
{
    private RecipeProgress _progress = new(0, 0, null);
    private string? _password;
    private volatile bool _done;

    public string Id { get; } = id;
    public string Tenant { get; } = tenant;
    public string UserId { get; } = userId;

    /// <summary>The tenant being created.</summary>
    public string TenantName { get; } = tenantName;

    public string UrlPrefix { get; } = urlPrefix;

    public RecipeProgress Progress => Volatile.Read(ref _progress);
    public bool Done => _done;
    public bool Succeeded { get; private set; }
    public string? Error { get; private set; }

    public int Percent => Succeeded ? 100 : Progress.TotalSteps == 0 ? 0 : Progress.StepsDone * 100 / Progress.TotalSteps;

    public void Report(RecipeProgress value) => Volatile.Write(ref _progress, value);

    public void Succeed(string? generatedPassword)
    {
        _password = generatedPassword;
        Succeeded = true;
        _done = true;
    }

    public void Fail(string error)
    {
        Error = error;
        _done = true;
    }

    public void Crash(Exception error) => Fail(error.Message);

    /// <summary>The generated admin password, once: the first page that shows the finished job takes it.</summary>
    public string? TakePassword() => Interlocked.Exchange(ref _password, null);
}
