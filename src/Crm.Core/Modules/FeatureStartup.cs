using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Core.Modules;

/// <summary>
/// A feature's composition root. All startups run once for the host (one DI container for every tenant);
/// per-tenant gating happens at request time through the tenant's enabled features.
/// </summary>
public abstract class FeatureStartup
{
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }
}
