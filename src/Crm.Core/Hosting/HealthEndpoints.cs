using Crm.Core.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Core.Hosting;

public static class HealthEndpoints
{
    /// <summary>/health/live: the process answers. /health/ready: the host database answers and the default tenant runs.</summary>
    public static IEndpointRouteBuilder MapCrmHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Text("live"));
        endpoints.MapGet("/health/ready", async (TenantStore store, TenantRegistry registry, CancellationToken cancellationToken) =>
        {
            if (!await store.PingAsync(cancellationToken)) return Results.Text("host database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
            return registry.Default?.Record.State == TenantState.Running
                ? Results.Text("ready")
                : Results.Text("default tenant not running", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
