using System.Security.Claims;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Core.Jobs;

/// <summary>
/// Runs a job's work after its request has answered, in a DI scope of the same tenant. The scope gets an HTTP context that
/// carries the user who started it, because services read the acting user (owner, history) from there. The work is
/// cancelled when the host stops; an exception marks the job crashed.
/// </summary>
public sealed class BackgroundJobRunner(IServiceScopeFactory scopes, IHttpContextAccessor http, IHostApplicationLifetime lifetime, ILogger<BackgroundJobRunner> logger)
{
    public void Start(IBackgroundJob job, TenantRuntime tenant, ClaimsPrincipal user, Func<IServiceProvider, CancellationToken, Task> work)
    {
        var stopping = lifetime.ApplicationStopping;
        // Without the request's execution context: setting the accessor below must not clear the request's own context.
        using var noFlow = ExecutionContext.SuppressFlow();
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantScope>().Tenant = tenant;
                http.HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
                await work(scope.ServiceProvider, stopping);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Background job {Job} ({Kind}) in tenant {Tenant} failed", job.Id, job.GetType().Name, tenant.Name);
                job.Crash(e);
            }
            finally
            {
                http.HttpContext = null;
            }
        }, CancellationToken.None);
    }
}
