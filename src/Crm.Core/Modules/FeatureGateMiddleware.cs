using Crm.Core.Tenants;
using Microsoft.AspNetCore.Http;

namespace Crm.Core.Modules;

/// <summary>Answers 404 for endpoints of features the current tenant has not enabled.</summary>
public sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantScope scope, FeatureManager features)
    {
        var required = context.GetEndpoint()?.Metadata.GetMetadata<RequiredFeatureMetadata>();
        if (required is not null && (!scope.HasTenant || !await features.IsEnabledAsync(required.FeatureId, context.RequestAborted)))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await next(context);
    }
}
