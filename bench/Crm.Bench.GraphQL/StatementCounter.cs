using Crm.Core.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.GraphQL;

/// <summary>While <see cref="Enabled"/>, notes how many SQL statements the last GraphQL request ran (off under load).</summary>
public sealed class StatementCounter : IStartupFilter
{
    public bool Enabled { get; set; }

    public int Last { get; private set; } = -1;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            await nextMiddleware(context);
            if (Enabled && context.Request.Path.Value?.EndsWith("/api/graphql", StringComparison.Ordinal) == true)
            {
                Last = context.RequestServices.GetService<TenantDb>()?.CommandCount ?? -1;
            }
        });
        next(app);
    };
}
