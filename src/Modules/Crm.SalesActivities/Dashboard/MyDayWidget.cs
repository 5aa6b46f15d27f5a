using System.Security.Claims;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Security;
using Crm.Core.Navigation;

namespace Crm.SalesActivities.Dashboard;

/// <summary>The dashboard's first card: the user's overdue activities and today's to-dos.</summary>
public sealed class MyDayWidget(ContentDefinitionManager definitions, ContentAuthorizer authorizer) : IDashboardWidget
{
    public string ViewComponent => "MyDay";
    public int Position => 10;

    public async Task<bool> IsVisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).FindType(ActivityModel.Activity) is { } type
        && await authorizer.ViewScopeAsync(user, type, cancellationToken) != ContentScope.None;
}
