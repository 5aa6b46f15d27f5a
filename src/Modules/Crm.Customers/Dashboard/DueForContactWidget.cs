using Crm.Core.Content.Definitions;
using Crm.Core.Content.Screens;
using Crm.Core.Content.Security;

namespace Crm.Customers.Dashboard;

/// <summary>The user's customers whose next-contact date has passed: no customer may be forgotten.</summary>
public sealed class DueForContactWidget(ContentDefinitionManager definitions, ContentAuthorizer authorizer)
    : ContentTypeWidget(definitions, authorizer, CustomerModel.Customer)
{
    public override string ViewComponent => "DueForContact";
    public override int Position => 20;
}
