using Crm.Helpdesk;
using Crm.LiveChat.Hubs;
using Crm.LiveChat.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Crm.LiveChat.Endpoints;

/// <summary>
/// What a website's widget calls, under the tenant's prefix: the script itself, whether an agent is online, start a chat,
/// leave a message; and the visitor hub. All but the script are refused from origins the tenant has not allowed.
/// </summary>
public static class VisitorEndpoints
{
    public const string WidgetPath = "/chat/widget.js";
    public const string HubPath = "/chat/hub";
    private static readonly Lazy<byte[]> Widget = new(() =>
    {
        using var stream = typeof(VisitorEndpoints).Assembly.GetManifestResourceStream("Widget/chat-widget.js")
            ?? throw new InvalidOperationException("The chat widget is not embedded in the module.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void MapVisitorChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(WidgetPath, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Bytes(Widget.Value, "text/javascript; charset=utf-8");
        });

        var visitor = endpoints.MapGroup("/chat").AddEndpointFilter<VisitorOriginFilter>().RequireCors(ChatCorsPolicyProvider.PolicyName);
        visitor.MapGet("/status", async (AgentPresence presence, IStringLocalizer<LiveChatText> text, CancellationToken cancellationToken) =>
            Results.Ok(new { online = (await presence.OnlineAsync(cancellationToken)).Count > 0, texts = WidgetTexts.In(text) }));

        visitor.MapPost("/conversations", async (VisitorRequest request, VisitorChat chat, IStringLocalizer<LiveChatText> text, CancellationToken cancellationToken) =>
        {
            try
            {
                var (conversation, token) = await chat.StartAsync(request.VisitorId, request.Name, request.Email, request.Message, cancellationToken);
                return Results.Ok(new { conversationId = conversation.Id, token });
            }
            catch (ChatRefusedException refused)
            {
                return Refusal(refused, text);
            }
        });

        visitor.MapPost("/messages", async (VisitorRequest request, VisitorChat chat, IStringLocalizer<LiveChatText> text, CancellationToken cancellationToken) =>
        {
            try
            {
                var ticket = await chat.LeaveMessageAsync(request.VisitorId, request.Name, request.Email, request.Message, cancellationToken);
                return Results.Ok(new { ticket = ticket.Text(HelpdeskModel.Number) });
            }
            catch (ChatRefusedException refused)
            {
                return Refusal(refused, text);
            }
        });

        endpoints.MapHub<VisitorChatHub>(HubPath).RequireCors(ChatCorsPolicyProvider.PolicyName);
    }

    public static IResult Refusal(ChatRefusedException refused, IStringLocalizer<LiveChatText> text) => Results.Problem(
        statusCode: refused.Kind switch
        {
            ChatRefusal.NotFound => StatusCodes.Status404NotFound,
            ChatRefusal.Forbidden => StatusCodes.Status403Forbidden,
            ChatRefusal.TooMany => StatusCodes.Status429TooManyRequests,
            ChatRefusal.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        },
        title: text[refused.Message]);
}
