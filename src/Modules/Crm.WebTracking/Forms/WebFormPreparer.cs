using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Customers;

namespace Crm.WebTracking.Forms;

/// <summary>A form may only list Customer fields a visitor can fill; a name that is not one is refused when the form is saved, naming it.</summary>
public sealed class WebFormPreparer(ContentDefinitionManager definitions) : IContentPreparer
{
    public async Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
    {
        if (item.Type.Name != WebTrackingModel.WebForm || !item.HasField(WebTrackingModel.Fields) || !item.Changed(WebTrackingModel.Fields)) return;
        var defs = await definitions.GetAsync(cancellationToken);
        if (defs.FindType(CustomerModel.Customer) is not { } customer) return;
        var list = item.Text(WebTrackingModel.Fields);
        var refused = new List<string>();
        var fields = WebFormFields.Resolve(defs, customer, list, refused.Add);
        if (refused.Count > 0)
        {
            item.Refuse(WebTrackingModel.Fields, new FieldProblem(FieldMessages.UnusableFields, string.Join(", ", refused)));
        }
        else if (fields.Count == 0)
        {
            item.Refuse(WebTrackingModel.Fields, new FieldProblem(FieldMessages.NoFields));
        }
    }
}
