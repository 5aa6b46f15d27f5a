using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.LiveChat.Services;

/// <summary>
/// The CORS policy of the visitor endpoints and hub, built per request from the current tenant's allowed origins (the
/// tenant middleware ran before). Other policy names go to the default provider. No credentials: the widget proves who
/// it is with its token, never with a cookie.
/// </summary>
public sealed class ChatCorsPolicyProvider(IOptions<CorsOptions> options) : ICorsPolicyProvider
{
    public const string PolicyName = "LiveChatVisitors";

    private readonly DefaultCorsPolicyProvider _default = new(options);

    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (policyName != PolicyName) return await _default.GetPolicyAsync(context, policyName);
        var origins = await context.RequestServices.GetRequiredService<ChatOrigins>().ListedAsync(context.RequestAborted);
        return new CorsPolicyBuilder().WithOrigins([.. origins]).AllowAnyHeader().WithMethods("GET", "POST").Build();
    }
}
