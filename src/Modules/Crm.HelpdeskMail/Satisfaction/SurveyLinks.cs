using Crm.Core.Settings;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Http;

namespace Crm.HelpdeskMail.Satisfaction;

/// <summary>
/// The absolute address of a survey page, /{prefix}/survey/{token}: the HelpdeskSurvey BaseUrl setting plus the tenant's
/// prefix, else the address of the request that resolved the ticket; null when neither is known (a resolve by a workflow on
/// a tenant without BaseUrl).
/// </summary>
public sealed class SurveyLinks(SiteSettings settings, TenantScope scope, IHttpContextAccessor http)
{
    public async Task<string?> ForAsync(string token, CancellationToken cancellationToken)
    {
        var configured = SurveySettings.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(SurveySettings.SettingName)).BaseUrl;
        var prefix = scope.Tenant.Record.UrlPrefix is { Length: > 0 } p ? "/" + p.Trim('/') : "";
        var site = configured is not null ? configured.TrimEnd('/') + prefix
            : http.HttpContext?.Request is { Host.HasValue: true } request ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : null;
        return site is null ? null : $"{site}/survey/{Uri.EscapeDataString(token)}";
    }
}
