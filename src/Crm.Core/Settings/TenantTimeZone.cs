
namespace Crm.Core.Settings;

/// <summary>The tenant's TimeZone setting (UTC when unset or unknown): date-time fields are shown and typed in it.</summary>
public sealed class TenantTimeZone(SiteSettings settings)
{
    public async Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken)
    {
        var id = await settings.GetStringAsync("TimeZone", cancellationToken);
        return !string.IsNullOrEmpty(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
