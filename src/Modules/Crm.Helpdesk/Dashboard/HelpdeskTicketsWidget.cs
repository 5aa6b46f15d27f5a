using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Navigation;

namespace Crm.Helpdesk.Dashboard;

/// <summary>The dashboard's "Tickets": the user's open tickets and the newest unassigned ones, for those who may see every ticket.</summary>
public sealed class HelpdeskTicketsWidget(ContentDefinitionManager definitions, ContentAuthorizer authorizer) : IDashboardWidget
{
    public string ViewComponent => "HelpdeskTickets";
    public int Position => 25;

    public async Task<bool> IsVisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).FindType(HelpdeskModel.Ticket) is { } type
        && await authorizer.ViewScopeAsync(user, type, cancellationToken) == ContentScope.All;
}
