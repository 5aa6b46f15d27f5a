using Microsoft.AspNetCore.Http;

namespace Crm.Core.Tenants;

/// <summary>
/// Resolves the request's tenant (host name, else first path segment, else the default tenant), moves the
/// prefix into PathBase, and puts the tenant in the request scope. Unknown or disabled tenants answer 404;
/// a tenant being set up answers 503.
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next, TenantRegistry registry, TenantActivator activator)
{
    public async Task InvokeAsync(HttpContext context, TenantScope scope)
    {
        if (context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        var host = context.Request.Host.Value ?? "";
        var path = context.Request.Path.Value ?? "";
        var match = registry.Match(host, path);
        if ((match is null || (match.PathBase.Length == 0 && path.Length > 1)) && await registry.TryReloadAsync(context.RequestAborted))
        {
            match = registry.Match(host, path);
        }

        switch (match?.Tenant.Record.State)
        {
            case null or TenantState.Disabled:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            case TenantState.Initializing or TenantState.Uninitialized:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "5";
                return;
        }

        if (match.PathBase.Length > 0)
        {
            context.Request.PathBase = context.Request.PathBase.Add(match.PathBase);
            context.Request.Path = context.Request.Path.Value!.Length > match.PathBase.Length
                ? new PathString(path[match.PathBase.Length..])
                : new PathString("/");
        }
        scope.Tenant = match.Tenant;
        await activator.EnsureActiveAsync(match.Tenant, context.RequestAborted);
        await next(context);
    }
}
