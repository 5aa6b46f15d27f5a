using System.Net;
using System.Net.Http.Json;
using Crm.Core.Data;
using Crm.Web.Tests.Infrastructure;
using Crm.LiveChat.Models;
using Microsoft.AspNetCore.SignalR.Client;

namespace Crm.Web.Tests.LiveChat;

/// <summary>Only the websites the tenant lists may use the widget's endpoints and hub; the script itself is served to anyone.</summary>
public sealed class ChatOriginTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Websites_the_tenant_has_not_listed_are_refused_and_listed_ones_get_cors_headers(DatabaseProvider provider)
    {
        await using var chat = await LiveChatTestHost.StartAsync(provider);

        var script = await chat.Crm.Host.CreateClient().GetAsync("/chat/widget.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/chat/hub", await script.Content.ReadAsStringAsync());

        var allowed = await chat.Visitor().GetAsync("/chat/status");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(LiveChatTestHost.Website, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/chat/conversations");
        preflight.Headers.Add("Origin", LiveChatTestHost.Website);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var answer = await chat.Crm.Host.CreateClient().SendAsync(preflight);
        Assert.Equal(LiveChatTestHost.Website, Assert.Single(answer.Headers.GetValues("Access-Control-Allow-Origin")));

        const string stranger = "https://evil.example.net";
        var refused = await chat.Visitor(stranger).PostAsJsonAsync("/chat/conversations", new { visitorId = "visitor-1", message = "hi" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.Forbidden, (await chat.Visitor(stranger).PostAsJsonAsync("/chat/messages", new { visitorId = "visitor-1", message = "hi" })).StatusCode);
        Assert.Equal(0, await chat.ConversationCountAsync());

        var (_, token) = await chat.StartChatAsync("visitor-1", null, null, "hello");
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var foreign = await chat.VisitorHubAsync(stranger);
            await foreign.InvokeAsync<ChatView>("Open", token);
        });
    }
}
