using System.Security.Claims;
using System.Text.Encodings.Web;
using Crm.Core.Modules;
using Crm.Core.Security;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Users.Services;

/// <summary>Authenticates "Authorization: Bearer &lt;key&gt;" against the current tenant's API keys only.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TenantScope scope,
    FeatureManager features,
    ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private const string BearerPrefix = "Bearer ";

    public static bool HasBearer(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request)) return AuthenticateResult.NoResult();
        if (!scope.HasTenant) return AuthenticateResult.Fail("No tenant.");
        if (!await features.IsEnabledAsync("Crm.ApiKeys", Context.RequestAborted)) return AuthenticateResult.Fail("API keys are not enabled for this tenant.");

        var secret = Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim();
        var key = await keys.VerifyAsync(secret, Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("Unknown, revoked or expired API key.");

        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, key.UserId));
        identity.AddClaim(new Claim(ClaimTypes.Name, "apikey:" + key.Name));
        identity.AddClaim(new Claim(CrmClaims.Tenant, scope.Tenant.Name));
        identity.AddClaim(new Claim(CrmClaims.ApiKey, key.Id));
        foreach (var role in key.RoleList) identity.AddClaim(new Claim(ClaimTypes.Role, role));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
