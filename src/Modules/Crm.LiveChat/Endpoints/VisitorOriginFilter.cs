using Crm.LiveChat.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Crm.LiveChat.Endpoints;

/// <summary>Refuses (403) calls from websites that the tenant's allowed origins do not list, before anything is read or stored.</summary>
public sealed class VisitorOriginFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (await http.RequestServices.GetRequiredService<ChatOrigins>().AllowsAsync(http.Request, http.RequestAborted)) return await next(context);
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<LiveChatText>>();
        return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: text["This website may not use the chat."]);
    }
}
