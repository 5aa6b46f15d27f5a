using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Navigation;

namespace Crm.Customers.Dashboard;

/// <summary>The user's customers whose next-contact date has passed: no customer may be forgotten.</summary>
public sealed class DueForContactWidget(ContentDefinitionManager definitions, ContentAuthorizer authorizer) : IDashboardWidget
{
    public string ViewComponent => "DueForContact";
    public int Position => 20;

    public async Task<bool> IsVisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).FindType(CustomerModel.Customer) is { } type
        && await authorizer.ViewScopeAsync(user, type, cancellationToken) != ContentScope.None;
}
