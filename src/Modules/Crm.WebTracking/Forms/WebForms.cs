using Crm.Core.Content.Store;
using Crm.Core.Content.Translations;
using Crm.Customers;

namespace Crm.WebTracking.Forms;

/// <summary>The tenant's web-to-lead forms (items of the WebForm type), resolved against the Customer type as it is now.</summary>
public sealed class WebForms(ContentManager content, LocalizedDefinitions definitions)
{
    public const string DefaultStage = "Prospect";

    /// <summary>The form, or null when there is no such live WebForm (an id of another type counts as none).</summary>
    public async Task<WebFormSpec?> FindAsync(string? id, CancellationToken cancellationToken)
    {
        if (id is not { Length: 26 } || !Ulid.TryParse(id, out _)) return null;
        var item = await content.GetAsync(id, cancellationToken: cancellationToken);
        if (item is null || item.ContentType != WebTrackingModel.WebForm) return null;
        var defs = await definitions.GetAsync(cancellationToken);
        if (defs.FindType(CustomerModel.Customer) is not { } customer) return null;
        var fields = WebFormFields.Resolve(defs, customer, item.Text(WebTrackingModel.Fields));
        if (fields.Count == 0) return null;
        var stage = item.Text(WebTrackingModel.LeadStage) is { } chosen && (chosen == "Target" || chosen == "Prospect") ? chosen : DefaultStage;
        return new WebFormSpec(item.Id, item.Text(WebTrackingModel.Title) ?? item.DisplayText, item.Text(WebTrackingModel.ThankYou), stage, fields);
    }
}
