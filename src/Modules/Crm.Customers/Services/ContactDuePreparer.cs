using Crm.Core.Content.Store;
using Crm.Core.Modules;

namespace Crm.Customers.Services;

/// <summary>Keeps a customer's <c>ContactDueAt</c> in step with its stage, grade and last activity on every create, edit and import.</summary>
public sealed class ContactDuePreparer(FeatureManager features, RecencySettingsStore recency) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (!string.Equals(item.Type.Name, CustomerModel.Customer, StringComparison.Ordinal) || !item.HasField(CustomerModel.ContactDueAt)) return;
        if (!item.Changed(CustomerModel.Stage) && !item.Changed(CustomerModel.Grade) && !item.Changed(CustomerModel.LastActivityAt)) return;
        if (!await features.IsEnabledAsync(CustomersFeature.Id, cancellationToken)) return;
        var rules = await recency.GetAsync(cancellationToken);
        item.Set(CustomerModel.ContactDueAt,
            ContactDue.For(rules, item.Text(CustomerModel.Stage), item.Text(CustomerModel.Grade), item.Text(CustomerModel.LastActivityAt), item.CreatedUtc));
    }
}
