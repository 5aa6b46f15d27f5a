using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.Helpdesk.Services;

/// <summary>
/// A call logged without a customer gets the customer whose mobile or phone number it is, when exactly one customer has
/// it (on the form, imports and the API alike); with several, the call's page offers them. A call without a time took
/// place now.
/// </summary>
public sealed class CallLogPreparer(FeatureManager features, CallerLookup callers, TimeProvider clock) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Type.Name != HelpdeskModel.CallLog || !await features.IsEnabledAsync(HelpdeskModel.FeatureId, cancellationToken)) return;
        if (item.IsCreate && item.Text(HelpdeskModel.CalledAt) is null) TicketTimes.Keep(item, HelpdeskModel.CalledAt, TicketTimes.Json(clock.GetUtcNow()));
        if (!item.HasField(HelpdeskModel.Customer) || item.Text(HelpdeskModel.Customer) is not null || !item.Changed(HelpdeskModel.PhoneNumber)) return;
        if (await callers.FindAsync(item.Text(HelpdeskModel.PhoneNumber), cancellationToken) is [var only]) item.Set(HelpdeskModel.Customer, only.Id);
    }
}
