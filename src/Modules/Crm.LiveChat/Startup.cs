using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Navigation;
using Crm.Core.Redis;
using Crm.Core.Settings;
using Crm.LiveChat.CannedAnswers;
using Crm.LiveChat.Endpoints;
using Crm.LiveChat.Hubs;
using Crm.LiveChat.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;

namespace Crm.LiveChat;

public sealed class Startup : FeatureStartup
{
    public const string AgentHubPath = "/admin/chat/hub";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSetting(new SettingDefinition(LiveChatModel.AllowedOriginsSetting,
            "Websites allowed to embed the live-chat widget, e.g. [ \"https://www.example.com\" ]", WebOrigins.Validate));

        var signalR = services.AddSignalR(hub => hub.AddFilter<TenantHubFilter>());
        // With Redis configured, every node's hubs share groups and messages through the deployment's one Redis connection; without it, one node.
        if (configuration[SharedRedis.ConfigurationKey] is { Length: > 0 })
        {
            signalR.AddStackExchangeRedis();
            services.AddOptions<RedisOptions>().Configure<SharedRedis>((options, redis) => options.ConnectionFactory = _ => redis.ConnectAsync());
        }
        services.AddSingleton<TenantHubFilter>();
        services.AddCors();
        services.AddSingleton<ICorsPolicyProvider, ChatCorsPolicyProvider>();

        services.AddScoped<ConversationStore>();
        services.AddScoped<AgentPresence>();
        services.AddSingleton<VisitorTokens>();
        services.AddScoped<ChatOrigins>();
        services.AddScoped<CustomerByEmail>();
        services.AddScoped<ChatTickets>();
        services.AddScoped<ChatTranscripts>();
        services.AddScoped<ChatNotifier>();
        services.AddScoped<VisitorChat>();
        services.AddScoped<AgentChat>();
        services.AddScoped<ICannedAnswerSource, CannedAnswerItems>();
        services.AddScoped<CannedAnswerCatalog>();

        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapVisitorChat();
        endpoints.MapHub<AgentChatHub>(AgentHubPath);
    }
}
