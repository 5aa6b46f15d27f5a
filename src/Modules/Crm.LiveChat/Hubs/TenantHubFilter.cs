using System.Globalization;
using Crm.Core.Tenants;
using Crm.LiveChat.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Crm.LiveChat.Hubs;

/// <summary>
/// SignalR runs each hub call in a DI scope of its own, outside the request that opened the connection: this filter
/// remembers the connection's tenant (found from its URL as the tenant middleware found it) and language, and gives them
/// to every call's scope. A <see cref="ChatRefusedException"/> reaches the caller as a <see cref="HubException"/> in their language.
/// </summary>
public sealed class TenantHubFilter(TenantRegistry registry) : IHubFilter
{
    private const string TenantKey = "crm.tenant";
    private const string CultureKey = "crm.culture";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var http = context.Context.GetHttpContext() ?? throw new HubException("No HTTP request behind this connection.");
        var match = registry.Match(http.Request.Host.Value ?? "", (http.Request.PathBase + http.Request.Path).Value ?? "")
            ?? throw new HubException("Unknown tenant.");
        context.Context.Items[TenantKey] = match.Tenant;
        context.Context.Items[CultureKey] = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        Enter(context.Context, context.ServiceProvider);
        await Translated(context.ServiceProvider, () => next(context));
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        Enter(context.Context, context.ServiceProvider);
        object? result = null;
        await Translated(context.ServiceProvider, async () => result = await next(context));
        return result;
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        Enter(context.Context, context.ServiceProvider);
        return next(context, exception);
    }

    private static void Enter(HubCallerContext connection, IServiceProvider services)
    {
        if (connection.Items.TryGetValue(TenantKey, out var tenant) && tenant is TenantRuntime runtime) services.GetRequiredService<TenantScope>().Tenant = runtime;
        if (connection.Items.TryGetValue(CultureKey, out var culture) && culture is CultureInfo language)
        {
            CultureInfo.CurrentUICulture = language;
            CultureInfo.CurrentCulture = language;
        }
    }

    private static async Task Translated(IServiceProvider services, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (ChatRefusedException refused)
        {
            throw new HubException(services.GetRequiredService<IStringLocalizer<LiveChatText>>()[refused.Message].Value);
        }
    }
}
