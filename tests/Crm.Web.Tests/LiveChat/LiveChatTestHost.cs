using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Crm.Core.Data;
using Crm.Core.Settings;
using Crm.LiveChat.Models;
using Crm.LiveChat.Services;
using Crm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.LiveChat;

/// <summary>A helpdesk tenant (with live chat) and the widget's side of it: its HTTP calls and its hub, over the test server.</summary>
public sealed class LiveChatTestHost : IAsyncDisposable
{
    public const string Website = "https://shop.example.com";

    private LiveChatTestHost(CrmRecipeHost crm) => Crm = crm;

    public CrmRecipeHost Crm { get; }

    /// <param name="settings">More configuration, e.g. Crm:Redis:ConnectionString.</param>
    public static async Task<LiveChatTestHost> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new LiveChatTestHost(await CrmRecipeHost.StartAsync(provider, "helpdesk", settings));
        await host.Crm.RunAsync(async s =>
        {
            await s.GetRequiredService<SiteSettings>().SetAsync(global::Crm.LiveChat.LiveChatModel.AllowedOriginsSetting, new JsonArray(Website));
            return 0;
        });
        return host;
    }

    /// <summary>A visitor's browser on the allowed website (or on <paramref name="origin"/>).</summary>
    public HttpClient Visitor(string origin = Website)
    {
        var client = Crm.Host.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", origin);
        return client;
    }

    public async Task<(string ConversationId, string Token)> StartChatAsync(string visitorId, string? name, string? email, string message)
    {
        var response = await Visitor().PostAsJsonAsync("/chat/conversations", new { visitorId, name, email, message });
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    /// <summary>The widget's hub connection, over a WebSocket of the test server (or of <paramref name="node"/>), sending the given Origin.</summary>
    public async Task<HubConnection> VisitorHubAsync(string origin = Website, CrmTestHost? node = null)
    {
        var server = (node ?? Crm.Host).Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "chat/hub"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = server.CreateWebSocketClient();
                    client.ConfigureRequest = request =>
                    {
                        request.Headers.Origin = origin;
                        request.Headers.AcceptLanguage = "en-US"; // refusals come in the browser's language
                    };
                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>A staff member with the Agent role and the console "open" (present), acting through the same services as the hub.</summary>
    public async Task<ChatAgent> OnlineAgentAsync(string userName)
    {
        var (_, id) = await Crm.StaffAsync(userName, "Agent");
        await Crm.RunAsync(async s =>
        {
            await s.GetRequiredService<AgentPresence>().ConnectedAsync($"test-{userName}", id, userName, CancellationToken.None);
            return 0;
        });
        return new ChatAgent(id, userName);
    }

    public Task<T> AgentAsync<T>(Func<AgentChat, Task<T>> action) => Crm.RunAsync(s => action(s.GetRequiredService<AgentChat>()));

    public Task<IReadOnlyList<ChatMessage>> MessagesAsync(string conversationId) =>
        Crm.RunAsync(s => s.GetRequiredService<ConversationStore>().MessagesAsync(conversationId, CancellationToken.None));

    public Task<long> ConversationCountAsync() => Crm.ScalarAsync<long>("SELECT COUNT(*) FROM chat_conversations");

    public Task<long> MessageCountAsync() => Crm.ScalarAsync<long>("SELECT COUNT(*) FROM chat_messages");

    public ValueTask DisposeAsync() => Crm.DisposeAsync();
}
