using Crm.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Core.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The outbox (<see cref="Outbox"/>), its delivery in the background and its options (section "Crm:Outbox").</summary>
    public static IServiceCollection AddCrmOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddScoped<OutboxStore>();
        services.AddScoped<Outbox>();
        services.AddScoped<OutboxHandlers>();
        return services.AddDueWorkProcessor<OutboxProcessor>();
    }

    /// <summary>Delivers the outbox messages of the handler's kind.</summary>
    public static IServiceCollection AddOutboxHandler<T>(this IServiceCollection services) where T : class, IOutboxHandler =>
        services.AddScoped<IOutboxHandler, T>();

    /// <summary>Hears when outbox messages end (Sent or Failed).</summary>
    public static IServiceCollection AddOutboxCompletionHandler<T>(this IServiceCollection services) where T : class, IOutboxCompletionHandler =>
        services.AddScoped<IOutboxCompletionHandler, T>();
}
