using Crm.Core.Settings;
using Crm.Customers.Models;

namespace Crm.Customers.Services;

/// <summary>
/// The tenant's recency rules (setting "Recency", cached per tenant with the other settings). Saving them also asks for
/// every customer's next-contact date to be recalculated in the background (<see cref="ContactDueRecalculation"/>).
/// </summary>
public sealed class RecencySettingsStore(SiteSettings settings, ContactDueRecalculation recalculation)
{
    public async Task<RecencyRules> GetAsync(CancellationToken cancellationToken = default) =>
        RecencyRules.From((await settings.GetAllAsync(cancellationToken)).GetValueOrDefault(RecencyRules.SettingName));

    public async Task SaveAsync(RecencyRules rules, CancellationToken cancellationToken = default)
    {
        await settings.SetAsync(RecencyRules.SettingName, rules.ToJson(), cancellationToken);
        await recalculation.RequestAsync(cancellationToken);
    }
}
