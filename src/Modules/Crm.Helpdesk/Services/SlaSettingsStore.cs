using Crm.Core.Settings;
using Crm.Helpdesk.Models;

namespace Crm.Helpdesk.Services;

/// <summary>The tenant's SLA targets per priority (setting "HelpdeskSla", cached per tenant with the other settings).</summary>
public sealed class SlaSettingsStore(SiteSettings settings)
{
    public async Task<SlaTargets> GetAsync(CancellationToken cancellationToken = default) =>
        SlaTargets.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(SlaTargets.SettingName));

    /// <summary>New targets count for tickets created or re-prioritised from now on; existing tickets keep their due times.</summary>
    public Task SaveAsync(SlaTargets targets, CancellationToken cancellationToken = default) =>
        settings.SetAsync(SlaTargets.SettingName, targets.ToJson(), cancellationToken);
}
