using System.Security.Claims;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Contents.Services.Import;

/// <summary>
/// Runs an import after its request has answered, in a DI scope of the same tenant. The scope gets an HTTP context that
/// carries the importing user, because the content services read the acting user (owner, history) from there.
/// </summary>
public sealed class ImportJobStarter(IServiceScopeFactory scopes, IHttpContextAccessor http, IHostApplicationLifetime lifetime, ILogger<ImportJobStarter> logger)
{
    public void Start(ImportJob job, TenantRuntime tenant, ClaimsPrincipal user, Func<IServiceProvider, CancellationToken, Task> work)
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
                logger.LogError(e, "Import {Job} of {Type} in tenant {Tenant} failed", job.Id, job.ContentType, tenant.Name);
                job.Crash();
            }
            finally
            {
                http.HttpContext = null;
            }
        }, CancellationToken.None);
    }
}
